package org.rehabrx.core.progression;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.programme.PrescribedExercise;

/**
 * Runs the progression engine over every active programme, so that each morning the proposals that new session
 * logs call for already wait for review. Proposals made before are passed over, "not enough logs" is never stored
 * (as when one programme is evaluated), and new ones are stored in batches. The run is one audit event by the
 * system, with no patient named: it reads every active programme alike.
 */
public final class ReviewRefresh {

    /** Proposals stored per call: few calls for a first run that proposes for every programme, little held. */
    static final int WRITE_BATCH = 5_000;

    private final ActiveProgrammeEvidence evidence;
    private final Exercises exercises;
    private final NewProposals newProposals;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewRefresh(ActiveProgrammeEvidence evidence, Exercises exercises, NewProposals newProposals,
                         AuditTrail audit, Clock clock) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.exercises = Objects.requireNonNull(exercises, "exercises");
        this.newProposals = Objects.requireNonNull(newProposals, "new proposals");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RefreshTally run() {
        var started = clock.instant();
        var run = new Run();
        try {
            evidence.forEach(run::weigh);
            run.store();
        } catch (RuntimeException e) {
            record(AuditOutcome.FAILED);
            throw e;
        }
        record(AuditOutcome.SUCCESS);
        return new RefreshTally(run.programmes, run.skipped, run.proposals, run.created,
                Duration.between(started, clock.instant()));
    }

    private void record(AuditOutcome outcome) {
        audit.append(new AuditRecord(clock.instant(), Actor.system(), AuditAction.PROGRESSION_REFRESHED, null, null,
                outcome, ""));
    }

    /** The state of one run: the exercises read so far, the proposals not stored yet, the counts. */
    private final class Run {

        private final Map<ExerciseId, Exercise> library = new HashMap<>();
        private final List<Proposal> unstored = new ArrayList<>(WRITE_BATCH);
        private int programmes;
        private int skipped;
        private int proposals;
        private int created;

        void weigh(ProgrammeEvidence programme) {
            programmes++;
            List<Proposal> evaluated;
            try {
                evaluated = ProgressionEngine.toDecide(programme, libraryFor(programme));
            } catch (IllegalArgumentException unevaluable) {
                // an exercise edited to fewer levels than prescribed: the clinician sees it on the programme,
                // and one such programme must not keep every other one from its proposals
                skipped++;
                return;
            }
            for (var proposal : evaluated) {
                proposals++;
                if (!programme.proposed().contains(proposal.id())) {
                    unstored.add(proposal);
                }
            }
            if (unstored.size() >= WRITE_BATCH) {
                store();
            }
        }

        void store() {
            if (!unstored.isEmpty()) {
                created += newProposals.storeMissing(List.copyOf(unstored));
                unstored.clear();
            }
        }

        /** The library as far as read, with every exercise the version in force prescribes. */
        private Map<ExerciseId, Exercise> libraryFor(ProgrammeEvidence programme) {
            var missing = programme.prescriptions().getLast().exercises().stream()
                    .map(PrescribedExercise::exercise)
                    .filter(id -> !library.containsKey(id))
                    .toList();
            if (!missing.isEmpty()) {
                exercises.findAllById(missing).forEach(exercise -> library.put(exercise.id(), exercise));
            }
            return library;
        }
    }
}
