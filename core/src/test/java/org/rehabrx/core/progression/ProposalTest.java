package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.rehabrx.core.progression.ForefootFixtures.ANOTHER_PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.BASELINE;
import static org.rehabrx.core.progression.ForefootFixtures.CLINICIAN;
import static org.rehabrx.core.progression.ForefootFixtures.LIBRARY;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME_VERSION;
import static org.rehabrx.core.progression.ForefootFixtures.SHORT_FOOT_HOLD;
import static org.rehabrx.core.progression.ForefootFixtures.TOE_CURLS;
import static org.rehabrx.core.progression.ForefootFixtures.done;
import static org.rehabrx.core.progression.ForefootFixtures.ids;
import static org.rehabrx.core.progression.ForefootFixtures.nextVersion;
import static org.rehabrx.core.progression.ForefootFixtures.prescribed;
import static org.rehabrx.core.progression.ForefootFixtures.version;
import static org.rehabrx.core.progression.ForefootFixtures.withGoal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ProposalTest {

    private static final Instant REVIEWED_AT = Instant.parse("2026-03-09T10:15:00Z");

    private final SessionLog monday = done(TOE_CURLS, 1, "2026-03-02", 2, 1);
    private final SessionLog wednesday = done(TOE_CURLS, 1, "2026-03-04", 3, 2);
    private final SessionLog friday = done(TOE_CURLS, 1, "2026-03-06", 1, 0);

    private final Proposal advance = suggest(ProposalKind.ADVANCE, 2, friday, wednesday, monday);

    @Test
    void acceptingAsProposedAppliesTheProposedDosage() {
        var accepted = advance.accepted(CLINICIAN, REVIEWED_AT);

        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.review()).isEqualTo(new Proposal.Review(CLINICIAN, REVIEWED_AT, null, ""));
        assertThat(accepted.dosageToApply()).isEqualTo(advance.toDosage());
        assertThat(accepted.id()).isEqualTo(advance.id());
    }

    @Test
    void acceptingWithAnEditedDosageAppliesTheClinicianDosage() {
        var fewerReps = advance.toDosage().withReps(10);

        var accepted = advance.acceptedWith(fewerReps, CLINICIAN, REVIEWED_AT);

        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.dosageToApply()).isEqualTo(fewerReps);
        assertThat(accepted.toDosage()).isEqualTo(advance.toDosage());
    }

    @Test
    void aRejectionKeepsItsReason() {
        var rejected = advance.rejected("  Wants another week at level 1 before the holiday.  ", CLINICIAN,
                REVIEWED_AT);

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.review()).isNotNull();
        assertThat(rejected.review().rejection()).isEqualTo("Wants another week at level 1 before the holiday.");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> advance.rejected("   ", CLINICIAN, REVIEWED_AT))
                .withMessage("Enter why the proposal is rejected.");
    }

    @Test
    void onlyAPendingProposalCanBeReviewed() {
        var accepted = advance.accepted(CLINICIAN, REVIEWED_AT);
        var rejected = advance.rejected("Not yet.", CLINICIAN, REVIEWED_AT);

        assertThatIllegalStateException().isThrownBy(() -> accepted.rejected("Changed my mind.", CLINICIAN,
                REVIEWED_AT)).withMessage("This proposal has already been accepted.");
        assertThatIllegalStateException().isThrownBy(() -> accepted.accepted(CLINICIAN, REVIEWED_AT));
        assertThatIllegalStateException().isThrownBy(() -> rejected.acceptedWith(advance.toDosage(), CLINICIAN,
                REVIEWED_AT)).withMessage("This proposal has already been rejected.");
    }

    @Test
    void notEnoughLogsCanNeitherBeAcceptedNorRejected() {
        var notEnough = suggest(ProposalKind.NOT_ENOUGH_LOGS, 1, monday);

        assertThatIllegalStateException().isThrownBy(() -> notEnough.accepted(CLINICIAN, REVIEWED_AT))
                .withMessage("There is nothing to decide until enough sessions are logged.");
        assertThatIllegalStateException()
                .isThrownBy(() -> notEnough.acceptedWith(notEnough.toDosage(), CLINICIAN, REVIEWED_AT));
        assertThatIllegalStateException().isThrownBy(() -> notEnough.rejected("No.", CLINICIAN, REVIEWED_AT));
    }

    @Test
    void onlyAdvanceAndStepBackChangeThePrescription() {
        assertThat(advance.changesPrescription()).isTrue();
        assertThat(suggest(ProposalKind.STEP_BACK, 1, monday).changesPrescription()).isTrue();
        assertThat(suggest(ProposalKind.HOLD, 1, friday, wednesday, monday).changesPrescription()).isFalse();
        assertThat(suggest(ProposalKind.NOT_ENOUGH_LOGS, 1, monday).changesPrescription()).isFalse();
    }

    @Test
    void aNewProposalIsPendingWithoutReviewAndStoringKeepsTheReview() {
        assertThat(advance.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(advance.review()).isNull();
        assertThat(advance.isNew()).isTrue();

        var stored = advance.accepted(CLINICIAN, REVIEWED_AT).storedAs(4);

        assertThat(stored.isNew()).isFalse();
        assertThat(stored.version()).isEqualTo(4);
        assertThat(stored.review()).isNotNull();
    }

    @Test
    void aPendingProposalCannotCarryAReview() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal(advance.id(), advance.programme(),
                advance.programmeVersion(), advance.exercise(), advance.kind(), advance.fromLevel(),
                advance.fromDosage(), advance.toLevel(), advance.toDosage(), advance.reason(), advance.usedLogs(),
                ProposalStatus.PENDING, new Proposal.Review(CLINICIAN, REVIEWED_AT, null, ""), 0));
    }

    @Test
    void evaluatingTheSameLogsAgainGivesTheSameProposalId() {
        var history = List.of(version(prescribed(TOE_CURLS, 1, Side.LEFT)));
        var logs = List.of(monday, wednesday, friday);

        var first = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, BASELINE).getFirst();
        var again = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs.reversed(), BASELINE).getFirst();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aNewSessionLogGivesANewProposalId() {
        var history = List.of(version(prescribed(TOE_CURLS, 1, Side.LEFT)));
        var saturday = done(TOE_CURLS, 1, "2026-03-07", 2, 1);

        var before = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, List.of(monday, wednesday, friday),
                BASELINE).getFirst();
        var after = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY,
                List.of(monday, wednesday, friday, saturday), BASELINE).getFirst();

        assertThat(after.kind()).isEqualTo(before.kind());
        assertThat(after.id()).isNotEqualTo(before.id());
    }

    @Test
    void aNewVersionThatLeavesThePrescriptionAndTheEvidenceAloneKeepsTheProposalId() {
        var first = version(prescribed(TOE_CURLS, 1, Side.LEFT), prescribed(SHORT_FOOT_HOLD, 1, Side.BOTH));
        var goalEdited = nextVersion(first, withGoal(first.content(), "Dance at the wedding in May."));
        var shortFootAdvanced = nextVersion(goalEdited, SHORT_FOOT_HOLD.id(), 2,
                SHORT_FOOT_HOLD.level(2).defaultDosage());
        var logs = List.of(monday, wednesday, friday);

        var before = ProgressionEngine.evaluate(PROGRAMME, List.of(first), LIBRARY, logs, BASELINE).getFirst();
        var after = ProgressionEngine.evaluate(PROGRAMME, List.of(first, goalEdited, shortFootAdvanced), LIBRARY,
                logs, BASELINE).getFirst();

        assertThat(after.exercise()).isEqualTo(before.exercise()).isEqualTo(TOE_CURLS.id());
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.programmeVersion()).isEqualTo(before.programmeVersion() + 2);
    }

    @Test
    void theIdDependsOnTheChangeProposedButNotOnTheVersionEvaluated() {
        var from = TOE_CURLS.level(1).defaultDosage();
        var to = TOE_CURLS.level(2).defaultDosage();
        var used = ids(friday, wednesday, monday);

        var id = Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 2, to, "Why.", used)
                .id();

        assertThat(Proposal.suggest(PROGRAMME, 7, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 2, to, "Why not.",
                used).id()).isEqualTo(id);
        assertThat(List.of(
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from.withReps(12), 2, to,
                        "Why.", used),
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 2, to.withReps(10),
                        "Why.", used),
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 2, from, 2, to, "Why.", used),
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 3, to, "Why.", used),
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.HOLD, 1, from, 2, to, "Why.", used),
                Proposal.suggest(PROGRAMME, 2, SHORT_FOOT_HOLD.id(), ProposalKind.ADVANCE, 1, from, 2, to, "Why.",
                        used),
                Proposal.suggest(ANOTHER_PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 2, to, "Why.",
                        used),
                Proposal.suggest(PROGRAMME, 2, TOE_CURLS.id(), ProposalKind.ADVANCE, 1, from, 2, to, "Why.",
                        ids(friday, wednesday))))
                .extracting(Proposal::id).doesNotContain(id).doesNotHaveDuplicates();
    }

    @Test
    void dosagesDifferingInAnyOneComponentGiveDifferentIds() {
        var base = new Dosage(2, 10, null, null, 30, null, 1, 5, Side.LEFT, PainScore.of(5));
        var oneComponentChanged = List.of(
                new Dosage(3, 10, null, null, 30, null, 1, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, 11, null, null, 30, null, 1, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, null, 10, null, 30, null, 1, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, null, null, 10, 30, null, 1, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, 10, null, null, 45, null, 1, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, 10, null, null, 30, new Load(BigDecimal.ONE, LoadUnit.KG), 1, 5, Side.LEFT,
                        PainScore.of(5)),
                new Dosage(2, 10, null, null, 30, null, 2, 5, Side.LEFT, PainScore.of(5)),
                new Dosage(2, 10, null, null, 30, null, 1, 6, Side.LEFT, PainScore.of(5)),
                new Dosage(2, 10, null, null, 30, null, 1, 5, Side.RIGHT, PainScore.of(5)),
                new Dosage(2, 10, null, null, 30, null, 1, 5, Side.LEFT, PainScore.of(2)));
        // One variant per component: a component added to Dosage must be added to the id as well.
        assertThat(oneComponentChanged).hasSize(Dosage.class.getRecordComponents().length);

        var ids = new ArrayList<ProposalId>();
        ids.add(holdAt(base));
        oneComponentChanged.forEach(dosage -> ids.add(holdAt(dosage)));

        assertThat(ids).doesNotHaveDuplicates();
    }

    private ProposalId holdAt(Dosage dosage) {
        return Proposal.suggest(PROGRAMME, PROGRAMME_VERSION, TOE_CURLS.id(), ProposalKind.HOLD, 1, dosage, 1, dosage,
                "Hold.", ids(friday, wednesday, monday)).id();
    }

    private static Proposal suggest(ProposalKind kind, int toLevel, SessionLog... used) {
        var from = TOE_CURLS.level(1).defaultDosage();
        return Proposal.suggest(PROGRAMME, PROGRAMME_VERSION, TOE_CURLS.id(), kind, 1, from, toLevel,
                TOE_CURLS.level(toLevel).defaultDosage(), "Reason for the " + kind + " proposal.", ids(used));
    }
}
