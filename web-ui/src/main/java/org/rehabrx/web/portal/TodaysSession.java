package org.rehabrx.web.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rehabrx.core.exercise.ExerciseId;

/**
 * The "log today's session" form as the patient finds it.
 *
 * @param language          the patient's preferred language
 * @param today             the day being logged
 * @param startsOn          present when the active programme starts after today, so nothing can be logged yet
 * @param exercises         the exercises of the active programme, in the prescribed order; empty without one
 * @param awaitingNextMorning the exercises done yesterday whose next-morning pain is still to be given
 */
public record TodaysSession(Locale language, LocalDate today, Optional<LocalDate> startsOn,
                            List<ExerciseToLog> exercises, List<String> awaitingNextMorning) {

    /** @param loggedToday the patient has already logged this exercise today */
    public record ExerciseToLog(ExerciseId exercise, String name, String dosage, boolean loggedToday) {
    }

    public boolean hasProgramme() {
        return !exercises.isEmpty();
    }
}
