package org.rehabrx.core.progression;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.Text;

/**
 * The engine's suggestion for one prescribed exercise, with its reason and the logs it used. A clinician
 * accepts it (as it is or with an edited dosage) or rejects it with a reason; accepting is what creates
 * the next programme version, never the engine.
 *
 * @param programmeVersion the version whose prescription was evaluated, for display; the id does not depend
 *                         on it
 * @param usedLogs         the session logs the decision rests on, newest first
 */
public record Proposal(
        ProposalId id,
        ProgrammeId programme,
        int programmeVersion,
        ExerciseId exercise,
        ProposalKind kind,
        int fromLevel,
        Dosage fromDosage,
        int toLevel,
        Dosage toDosage,
        String reason,
        List<SessionLogId> usedLogs,
        ProposalStatus status,
        @Nullable Review review,
        long version) {

    /**
     * @param acceptedDosage the dosage the clinician accepted, when they edited it
     * @param rejection      why the clinician rejected the proposal; empty when accepted
     */
    public record Review(AccountId by, Instant at, @Nullable Dosage acceptedDosage, String rejection) {

        public Review {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            rejection = Text.optional(rejection, "the reason", 1000);
        }
    }

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromDosage, "from dosage");
        Objects.requireNonNull(toDosage, "to dosage");
        if (fromLevel < 1 || toLevel < 1) {
            throw new IllegalArgumentException("Levels are numbered from 1.");
        }
        reason = Text.required(reason, "a reason", 2000);
        usedLogs = List.copyOf(usedLogs);
        Objects.requireNonNull(status, "status");
        if ((status == ProposalStatus.PENDING) != (review == null)) {
            throw new IllegalArgumentException("A proposal has a review exactly when it is no longer pending.");
        }
    }

    /** A new, pending proposal; its id follows from what it is about. */
    public static Proposal suggest(ProgrammeId programme, int programmeVersion, ExerciseId exercise,
                                   ProposalKind kind, int fromLevel, Dosage fromDosage, int toLevel,
                                   Dosage toDosage, String reason, List<SessionLogId> usedLogs) {
        var id = ProposalId.of(programme, exercise, kind, fromLevel, fromDosage, toLevel, toDosage, usedLogs);
        return new Proposal(id, programme, programmeVersion, exercise, kind, fromLevel, fromDosage, toLevel,
                toDosage, reason, usedLogs, ProposalStatus.PENDING, null, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /**
     * Whether the proposal still speaks of the programme as it is: the programme is ACTIVE and still prescribes
     * the exercise at the level and dosage the proposal starts from. A newer version may have moved on.
     */
    public boolean stillAppliesTo(Programme programme) {
        var prescribed = programme.content().prescribed(exercise);
        return programme.status() == ProgrammeStatus.ACTIVE && prescribed.isPresent()
                && prescribed.get().level() == fromLevel && prescribed.get().dosage().equals(fromDosage);
    }

    /**
     * The proposals a clinician can still decide on: of the programme's pending ones (newest first), those that
     * still apply, the newest per exercise.
     */
    public static List<Proposal> stillPending(List<Proposal> pendingNewestFirst, Programme programme) {
        var newestPerExercise = new LinkedHashMap<ExerciseId, Proposal>();
        pendingNewestFirst.stream()
                .filter(proposal -> proposal.stillAppliesTo(programme))
                .forEach(proposal -> newestPerExercise.putIfAbsent(proposal.exercise(), proposal));
        return List.copyOf(newestPerExercise.values());
    }

    /** Whether accepting would change the prescription: HOLD and NOT_ENOUGH_LOGS change nothing. */
    public boolean changesPrescription() {
        return kind == ProposalKind.ADVANCE || kind == ProposalKind.STEP_BACK;
    }

    public Proposal accepted(AccountId by, Instant at) {
        return reviewed(ProposalStatus.ACCEPTED, new Review(by, at, null, ""));
    }

    /** Accepted with the clinician's own dosage at the proposed level. */
    public Proposal acceptedWith(Dosage dosage, AccountId by, Instant at) {
        return reviewed(ProposalStatus.ACCEPTED, new Review(by, at, dosage, ""));
    }

    public Proposal rejected(String why, AccountId by, Instant at) {
        return reviewed(ProposalStatus.REJECTED, new Review(by, at, null,
                Text.required(why, "why the proposal is rejected", 1000)));
    }

    /** The dosage the next version prescribes once accepted. */
    public Dosage dosageToApply() {
        return review != null && review.acceptedDosage() != null ? review.acceptedDosage() : toDosage;
    }

    public Proposal storedAs(long storedVersion) {
        return new Proposal(id, programme, programmeVersion, exercise, kind, fromLevel, fromDosage, toLevel,
                toDosage, reason, usedLogs, status, review, storedVersion);
    }

    private Proposal reviewed(ProposalStatus newStatus, Review newReview) {
        if (status != ProposalStatus.PENDING) {
            throw new IllegalStateException("This proposal has already been " + status.name().toLowerCase(
                    Locale.ROOT) + ".");
        }
        if (kind == ProposalKind.NOT_ENOUGH_LOGS) {
            throw new IllegalStateException("There is nothing to decide until enough sessions are logged.");
        }
        return new Proposal(id, programme, programmeVersion, exercise, kind, fromLevel, fromDosage, toLevel,
                toDosage, reason, usedLogs, newStatus, newReview, version);
    }
}
