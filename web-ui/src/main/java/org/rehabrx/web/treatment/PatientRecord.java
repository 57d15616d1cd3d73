package org.rehabrx.web.treatment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.treatment.Labels;

/**
 * Everything the patient page shows, read in one transaction after the care-team check.
 *
 * @param programme    the programme the page is about: the active one, else a draft, else the newest; empty
 *                     when the patient has none yet
 * @param programmes   all the patient's programmes, newest first
 * @param history      every version of {@code programme}, oldest first
 * @param sessionLogs  the newest session logs of {@code programme}, at most {@link #LATEST_LOGS}, newest day first
 * @param painTrend    the session logs of {@code programme} over the last {@link #PAIN_TREND_PERIOD}, oldest day
 *                     first
 * @param pending      the pending proposals of {@code programme}
 * @param labels       the names of every exercise, level, education block and person named anywhere above
 * @param today        the clinic's date, for ages and overdue reviews
 */
public record PatientRecord(
        Patient patient,
        @Nullable Programme programme,
        List<Programme> programmes,
        List<ProgrammeVersion> history,
        List<SessionLog> sessionLogs,
        List<SessionLog> painTrend,
        List<Proposal> pending,
        Labels labels,
        LocalDate today) {

    /** How many session logs the page lists; older ones stay in the database and in the handout history. */
    public static final int LATEST_LOGS = 30;
    /** How far back the pain trend charts reach. */
    public static final Period PAIN_TREND_PERIOD = Period.ofWeeks(6);

    public PatientRecord {
        programmes = List.copyOf(programmes);
        history = List.copyOf(history);
        sessionLogs = List.copyOf(sessionLogs);
        painTrend = List.copyOf(painTrend);
        pending = List.copyOf(pending);
    }

    public Optional<Programme> currentProgramme() {
        return Optional.ofNullable(programme);
    }

    /** Whether a new programme may be started without abandoning one in progress. */
    public boolean hasOpenProgramme() {
        return programmes.stream().anyMatch(p -> p.status() == ProgrammeStatus.DRAFT
                || p.status() == ProgrammeStatus.ACTIVE);
    }

    /** The exercise's name, or a neutral placeholder when the library no longer has it. */
    public String exerciseName(ExerciseId id) {
        return labels.exercise(id).orElse("—");
    }

    /** The name of the level, or empty when the exercise has no such level. */
    public String levelName(ExerciseId id, int level) {
        return labels.level(id, level).orElse("");
    }

    public String accountName(AccountId id) {
        return labels.account(id).orElse("—");
    }

    public String educationBlockTitle(EducationBlockId id) {
        return labels.educationBlock(id).orElse("—");
    }
}
