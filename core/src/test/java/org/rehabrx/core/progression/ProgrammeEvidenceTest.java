package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.core.progression.ForefootFixtures.BASELINE;
import static org.rehabrx.core.progression.ForefootFixtures.LIBRARY;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.SHORT_FOOT_HOLD;
import static org.rehabrx.core.progression.ForefootFixtures.TOE_CURLS;
import static org.rehabrx.core.progression.ForefootFixtures.done;
import static org.rehabrx.core.progression.ForefootFixtures.nextVersion;
import static org.rehabrx.core.progression.ForefootFixtures.prescribed;
import static org.rehabrx.core.progression.ForefootFixtures.underVersion;
import static org.rehabrx.core.progression.ForefootFixtures.version;
import static org.rehabrx.core.progression.ForefootFixtures.withGoal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.shared.Side;

/** What a refresh reads of a programme is enough for the engine to judge it exactly as from its full history. */
class ProgrammeEvidenceTest {

    @Test
    void theEngineProposesFromTheEvidenceWhatItProposesFromTheVersions() {
        var first = version(1, prescribed(TOE_CURLS, 1, Side.LEFT), prescribed(SHORT_FOOT_HOLD, 1, Side.LEFT));
        var second = nextVersion(first, TOE_CURLS.id(), 2, TOE_CURLS.level(2).defaultDosage().withSide(Side.LEFT));
        var third = nextVersion(second, withGoal(second.content(), "Walk to the market without pain."));
        var history = List.of(first, second, third);
        var logs = List.of(
                underVersion(1, done(TOE_CURLS, 1, "2026-03-02", 2, 1)),
                underVersion(2, done(TOE_CURLS, 2, "2026-03-04", 3, 2)),
                underVersion(3, done(TOE_CURLS, 2, "2026-03-06", 1, 0)),
                underVersion(3, done(TOE_CURLS, 2, "2026-03-07", 2, 1)),
                underVersion(1, done(SHORT_FOOT_HOLD, 1, "2026-03-02", 7, 2)));
        var evidence = new ProgrammeEvidence(PROGRAMME, history.stream().map(VersionPrescription::of).toList(),
                third.content().rules(), BASELINE, logs, Set.of());

        var fromEvidence = ProgressionEngine.evaluate(evidence, LIBRARY);

        assertThat(fromEvidence)
                .isEqualTo(ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, BASELINE))
                .extracting(Proposal::kind).containsExactly(ProposalKind.ADVANCE, ProposalKind.STEP_BACK);
    }

    @Test
    void theProposalsToDecideOnAreThoseOfTheFullEvaluationButNotEnoughLogs() {
        var first = version(1, prescribed(TOE_CURLS, 1, Side.LEFT), prescribed(SHORT_FOOT_HOLD, 1, Side.LEFT));
        var logs = List.of(underVersion(1, done(TOE_CURLS, 1, "2026-03-06", 1, 0)),
                underVersion(1, done(SHORT_FOOT_HOLD, 1, "2026-03-06", 7, 2)));
        var evidence = new ProgrammeEvidence(PROGRAMME, List.of(VersionPrescription.of(first)),
                first.content().rules(), BASELINE, logs, Set.of());

        var all = ProgressionEngine.evaluate(evidence, LIBRARY);

        assertThat(all).extracting(Proposal::kind)
                .containsExactly(ProposalKind.NOT_ENOUGH_LOGS, ProposalKind.STEP_BACK);
        assertThat(ProgressionEngine.toDecide(evidence, LIBRARY)).containsExactly(all.getLast());
    }

    @Test
    void aVersionThatPrescribedNothingEndsAPrescriptionAsItDoesInTheHistory() {
        var atLevel1 = new VersionPrescription(1, List.of(prescribed(TOE_CURLS, 1, Side.LEFT)));
        var nothing = new VersionPrescription(2, List.of());
        var again = new VersionPrescription(3, List.of(prescribed(TOE_CURLS, 1, Side.LEFT)));
        var logs = List.of(underVersion(1, done(TOE_CURLS, 1, "2026-03-02", 2, 1)),
                underVersion(1, done(TOE_CURLS, 1, "2026-03-04", 2, 1)),
                underVersion(3, done(TOE_CURLS, 1, "2026-03-06", 2, 1)));
        var evidence = new ProgrammeEvidence(PROGRAMME, List.of(atLevel1, nothing, again),
                ForefootFixtures.DEFAULT_RULES, BASELINE, logs, Set.of());

        assertThat(ProgressionEngine.evaluate(evidence, LIBRARY)).singleElement().satisfies(proposal -> {
            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).hasSize(1);
        });
    }
}
