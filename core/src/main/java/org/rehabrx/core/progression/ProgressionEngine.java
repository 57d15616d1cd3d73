package org.rehabrx.core.progression;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
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

    /**
     * Of several logs of one day, once a morning worse than baseline has put its log first: the higher pain
     * during (a session not rated at all counts lowest), then a session not completed, then the later entry,
     * then the id, so that the order is total and the choice never depends on the order the logs come in.
     */
    private static final Comparator<SessionLog> WORST_FIRST = Comparator
            .comparing(SessionLog::painDuring, Comparator.nullsLast(Comparator.<PainScore>reverseOrder()))
            .thenComparing(SessionLog::completed)
            .thenComparing(SessionLog::enteredAt, Comparator.reverseOrder())
            .thenComparing(log -> log.id().value());

    /** Newest first; there is one session per day, so the date alone orders them. */
    private static final Comparator<SessionLog> NEWEST_FIRST = Comparator.comparing(SessionLog::date).reversed();

    private ProgressionEngine() {
    }

    /**
     * Evaluates the last version of a programme.
     *
     * <p>Only sessions logged under the current prescription of an exercise count as evidence for it: a
     * prescription begins with the earliest version from which on every version prescribes the exercise at
     * the same level with an equal dosage. Logs from before that were already acted on — they led to the
     * change, or they were done at a dosage the patient no longer does — and reusing them would propose
     * the same step again (another dosage step right after an accepted one, an advance straight after a
     * step back, the same flare-up cited twice). A version that changes something else, such as the goal
     * or another exercise, keeps the exercise's evidence.
     *
     * <p>Several logs of one exercise on one day (a double submit, or three rounds in a day) are one
     * session: the worst of them stands for the day.
     *
     * @param history      every version of the programme, oldest first; the last one is evaluated
     * @param library      the exercises the version prescribes, by id; others are ignored
     * @param logs         session logs of any programmes, exercises, levels and versions; only those of this
     *                     programme logged under each exercise's current prescription count
     * @param baselinePain the patient's usual morning pain, against which next-morning pain is judged
     * @return one pending proposal per prescribed exercise of the last version, in programme order
     * @throws IllegalArgumentException when the history is empty or not oldest first, when a prescribed
     *                                  exercise is missing from the library, or is prescribed at a level the
     *                                  exercise does not have
     */
    public static List<Proposal> evaluate(ProgrammeId programme, List<ProgrammeVersion> history,
                                          Map<ExerciseId, Exercise> library, List<SessionLog> logs,
                                          PainScore baselinePain) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("There is no programme version to evaluate.");
        }
        return evaluate(programme, history.stream().map(VersionPrescription::of).toList(),
                history.getLast().content().rules(), library, logs, baselinePain);
    }

    /**
     * Evaluates the version in force of an active programme from what its versions prescribed, by the same
     * rules as {@link #evaluate(ProgrammeId, List, Map, List, PainScore)}.
     *
     * @param library the exercises the version in force prescribes, by id; others are ignored
     * @throws IllegalArgumentException as {@link #evaluate(ProgrammeId, List, Map, List, PainScore)} does
     */
    public static List<Proposal> evaluate(ProgrammeEvidence evidence, Map<ExerciseId, Exercise> library) {
        return evaluations(evidence.programme(), evidence.prescriptions(), evidence.rules(), library,
                evidence.logs(), evidence.baselinePain()).map(ExerciseEvaluation::proposal).toList();
    }

    /**
     * The proposals of {@link #evaluate(ProgrammeEvidence, Map)} a clinician decides on: every kind but
     * {@link ProposalKind#NOT_ENOUGH_LOGS}, whose reason is not even worded, since a refresh over every
     * programme would only drop it.
     */
    public static List<Proposal> toDecide(ProgrammeEvidence evidence, Map<ExerciseId, Exercise> library) {
        return evaluations(evidence.programme(), evidence.prescriptions(), evidence.rules(), library,
                evidence.logs(), evidence.baselinePain()).flatMap(evaluation -> evaluation.decidable().stream())
                .toList();
    }

    private static List<Proposal> evaluate(ProgrammeId programme, List<VersionPrescription> history,
                                           ProgressionRules rules, Map<ExerciseId, Exercise> library,
                                           List<SessionLog> logs, PainScore baselinePain) {
        return evaluations(programme, history, rules, library, logs, baselinePain)
                .map(ExerciseEvaluation::proposal).toList();
    }

    private static Stream<ExerciseEvaluation> evaluations(ProgrammeId programme, List<VersionPrescription> history,
                                                          ProgressionRules rules, Map<ExerciseId, Exercise> library,
                                                          List<SessionLog> logs, PainScore baselinePain) {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(baselinePain, "baseline pain");
        requireOldestFirst(history);
        var evaluated = history.getLast();
        return evaluated.exercises().stream()
                .map(prescribed -> new ExerciseEvaluation(programme, evaluated.number(), rules, baselinePain,
                        prescribed, exerciseOf(prescribed, library),
                        sessions(programme, prescribed, prescribedSince(prescribed, history), logs, baselinePain)));
    }

    private static void requireOldestFirst(List<VersionPrescription> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("There is no programme version to evaluate.");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).number() <= history.get(i - 1).number()) {
                throw new IllegalArgumentException("The programme's versions must be given oldest first.");
            }
        }
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

    /**
     * The number of the earliest version from which on the exercise has been prescribed as it is now,
     * found by walking back from the last version until one prescribes it otherwise or not at all.
     */
    private static int prescribedSince(PrescribedExercise current, List<VersionPrescription> history) {
        int since = history.getLast().number();
        for (var version : history.reversed()) {
            var then = version.prescribed(current.exercise());
            if (then.isEmpty() || then.get().level() != current.level()
                    || !then.get().dosage().equals(current.dosage())) {
                break;
            }
            since = version.number();
        }
        return since;
    }

    /** The sessions under the current prescription, the worst log of each day only, newest first. */
    private static List<SessionLog> sessions(ProgrammeId programme, PrescribedExercise prescribed, int since,
                                             List<SessionLog> logs, PainScore baselinePain) {
        // a morning worse than usual is a flare-up whatever the pain during, so such a log stands for its day
        Comparator<SessionLog> worstFirst = Comparator
                .comparing((SessionLog log) -> log.painNextMorning() != null
                        && log.painNextMorning().isAbove(baselinePain))
                .reversed()
                .thenComparing(WORST_FIRST);
        var worstOfEachDay = logs.stream()
                .filter(log -> log.programme().equals(programme)
                        && log.exercise().equals(prescribed.exercise())
                        && log.level() == prescribed.level()
                        && log.programmeVersion() >= since)
                .collect(Collectors.toMap(SessionLog::date, Function.identity(), BinaryOperator.minBy(worstFirst)));
        return worstOfEachDay.values().stream().sorted(NEWEST_FIRST).toList();
    }
}
