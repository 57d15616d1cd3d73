package org.rehabrx.core.sessionlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Text;

/**
 * One exercise on one day, as the patient reports it (or a clinician on their behalf).
 *
 * @param programmeVersion the programme version in force that day
 * @param level            the level prescribed that day, so that logs at another level are not mixed in
 * @param completed        whether the prescribed dosage was done in full
 * @param setsDone         sets actually done, when known
 * @param painDuring       pain during the exercise; {@code null} when the exercise was not done at all
 * @param painNextMorning  pain the next morning, usually added a day later
 */
public record SessionLog(
        SessionLogId id,
        ProgrammeId programme,
        int programmeVersion,
        ExerciseId exercise,
        int level,
        LocalDate date,
        boolean completed,
        @Nullable Integer setsDone,
        @Nullable PainScore painDuring,
        @Nullable PainScore painNextMorning,
        String comment,
        AccountId enteredBy,
        Instant enteredAt,
        long version) {

    public SessionLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        if (programmeVersion < 1 || level < 1) {
            throw new IllegalArgumentException("Programme versions and levels are numbered from 1.");
        }
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(date, "date");
        if (setsDone != null && (setsDone < 0 || setsDone > 20)) {
            throw new IllegalArgumentException("Sets done must be from 0 to 20.");
        }
        if (completed && painDuring == null) {
            throw new IllegalArgumentException("Rate the pain during the exercise from 0 to 10.");
        }
        comment = Text.optional(comment, "the comment", 1000);
        Objects.requireNonNull(enteredBy, "entered by");
        Objects.requireNonNull(enteredAt, "entered at");
    }

    /**
     * A new log; a date after {@code today} is refused, because nobody can report a session they have not had.
     */
    public static SessionLog record(ProgrammeId programme, int programmeVersion, ExerciseId exercise, int level,
                                    LocalDate date, boolean completed, @Nullable Integer setsDone,
                                    @Nullable PainScore painDuring, @Nullable PainScore painNextMorning,
                                    String comment, AccountId enteredBy, Instant enteredAt, LocalDate today) {
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("A session cannot be logged for a day in the future.");
        }
        return new SessionLog(SessionLogId.newId(), programme, programmeVersion, exercise, level, date, completed,
                setsDone, painDuring, painNextMorning, comment, enteredBy, enteredAt, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /**
     * Adds the next-morning rating, known only from the day after the session. It is given once: a proposal
     * may already cite it, and evidence that changes afterwards would no longer match the reason given.
     */
    public SessionLog withPainNextMorning(PainScore pain, LocalDate today) {
        if (painNextMorning != null) {
            throw new IllegalStateException("The next-morning pain of this session has already been logged.");
        }
        if (!today.isAfter(date)) {
            throw new IllegalArgumentException("Next-morning pain can be logged from the day after the session.");
        }
        return new SessionLog(id, programme, programmeVersion, exercise, level, date, completed, setsDone,
                painDuring, pain, comment, enteredBy, enteredAt, version);
    }

    public SessionLog storedAs(long storedVersion) {
        return new SessionLog(id, programme, programmeVersion, exercise, level, date, completed, setsDone,
                painDuring, painNextMorning, comment, enteredBy, enteredAt, storedVersion);
    }
}
