package org.rehabrx.web.sessionlog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.shared.PainScore;

/** One session as the patient reports it. */
public record SessionReport(ExerciseId exercise, LocalDate date, boolean completed, @Nullable Integer setsDone,
                            @Nullable PainScore painDuring, @Nullable PainScore painNextMorning, String comment) {
}
