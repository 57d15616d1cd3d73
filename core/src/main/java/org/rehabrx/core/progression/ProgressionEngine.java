package org.rehabrx.core.progression;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;

/**
 * Turns session logs into one proposal per prescribed exercise, following the version's progression
 * rules (by default the pain-monitoring model, Silbernagel et al. 2007): pain during exercise up to the
 * hold limit is acceptable if it settles by the next morning; above it, or a worse morning, means step
 * back; sessions comfortably done mean advance.
 *
 * <p>A pure function — no clock, no randomness, no dependence on the order of the logs given — so that
 * evaluating the same logs again yields equal proposals with the same ids.
 */
public final class ProgressionEngine {

    /** Newest first; when and under which id a log was entered break ties, so every order is total. */
    private static final Comparator<SessionLog> NEWEST_FIRST = Comparator
            .comparing(SessionLog::date, Comparator.reverseOrder())
            .thenComparing(SessionLog::enteredAt, Comparator.reverseOrder())
            .thenComparing(log -> log.id().value());

    private ProgressionEngine() {
    }

    /**
     * @param library      the exercises the version prescribes, by id; others are ignored
     * @param logs         session logs of any programmes, exercises and levels; only those of this programme
     *                     and of each exercise at its prescribed level count
     * @param baselinePain the patient's usual morning pain, against which next-morning pain is judged
     * @return one pending proposal per prescribed exercise, in programme order
     * @throws IllegalArgumentException when a prescribed exercise is missing from the library, or is
     *                                  prescribed at a level the exercise does not have
     */
    public static List<Proposal> evaluate(ProgrammeId programme, ProgrammeVersion version,
                                          Map<ExerciseId, Exercise> library, List<SessionLog> logs,
                                          PainScore baselinePain) {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(baselinePain, "baseline pain");
        var rules = version.content().rules();
        return version.content().exercises().stream()
                .map(prescribed -> new ExerciseEvaluation(programme, version.number(), rules, baselinePain,
                        prescribed, exerciseOf(prescribed, library), relevantLogs(programme, prescribed, logs))
                        .proposal())
                .toList();
    }

    private static Exercise exerciseOf(PrescribedExercise prescribed, Map<ExerciseId, Exercise> library) {
        var exercise = library.get(prescribed.exercise());
        if (exercise == null) {
            throw new IllegalArgumentException("The prescribed exercise " + prescribed.exercise().value()
                    + " is not in the library given.");
        }
        if (!exercise.hasLevel(prescribed.level())) {
            throw new IllegalArgumentException(exercise.name() + " is prescribed at level " + prescribed.level()
                    + " but has levels 1 to " + exercise.levelCount() + " only.");
        }
        return exercise;
    }

    private static List<SessionLog> relevantLogs(ProgrammeId programme, PrescribedExercise prescribed,
                                                 List<SessionLog> logs) {
        return logs.stream()
                .filter(log -> log.programme().equals(programme)
                        && log.exercise().equals(prescribed.exercise())
                        && log.level() == prescribed.level())
                .sorted(NEWEST_FIRST)
                .toList();
    }
}
