package org.rehabrx.db.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;
import static org.rehabrx.db.ClinicalFixtures.TODAY;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.ProposalStatus;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ClinicalFixtures.Scenario;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;

class JdbcNewProposalsTest {

    private static ClinicalFixtures db;
    private final JdbcNewProposals newProposals = new JdbcNewProposals(db.jdbc());
    private final JdbcProposals proposals = new JdbcProposals(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void storesTheMissingProposalsWithTheirLogsInOrderAndLeavesStoredOnesAsTheyAre() {
        var setting = new Setting();
        var advance = setting.advanceToeCurls();
        var hold = setting.holdSoakWithALoad();
        var rejected = proposals.save(proposals.save(advance).rejected("Not before the review", setting.clinician(),
                MONDAY_MORNING));

        int stored = newProposals.storeMissing(List.of(advance, hold));

        assertThat(stored).isEqualTo(1);
        assertThat(proposals.findById(hold.id())).contains(hold.storedAs(1));
        assertThat(proposals.findById(advance.id())).contains(rejected);
        assertThat(db.rows("proposal_log", "proposal_id = ?", advance.id().value())).isEqualTo(3);
    }

    @Test
    void storingTheSameProposalsAgainChangesNothing() {
        var setting = new Setting();
        var batch = List.of(setting.advanceToeCurls(), setting.holdSoakWithALoad());

        assertThat(newProposals.storeMissing(batch)).isEqualTo(2);
        assertThat(newProposals.storeMissing(batch)).isZero();
        assertThat(db.rows("proposal", "programme_id = ?", setting.programme.id().value())).isEqualTo(2);
        assertThat(db.rows("proposal_log l JOIN proposal p ON p.id = l.proposal_id", "p.programme_id = ?",
                setting.programme.id().value())).isEqualTo(6);
    }

    @Test
    void anEmptyBatchStoresNothingAndAReviewIsNeverStoredInBulk() {
        var setting = new Setting();
        var reviewed = proposals.save(setting.advanceToeCurls()).accepted(setting.clinician(), MONDAY_MORNING);

        assertThat(newProposals.storeMissing(List.of())).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> newProposals.storeMissing(List.of(reviewed)));
        assertThat(proposals.findById(reviewed.id())).get().extracting(Proposal::status)
                .isEqualTo(ProposalStatus.PENDING);
    }

    private static final class Setting {

        final Scenario scenario = db.forefootScenario();
        final Programme programme = db.programmes().save(scenario.draft().activated(
                scenario.cautions(scenario.draft().content()), scenario.clinician(), MONDAY_MORNING));
        final List<SessionLogId> toeCurlLogs = logs(scenario.toeCurls().id());
        final List<SessionLogId> soakLogs = logs(scenario.warmFootSoak().id());

        AccountId clinician() {
            return scenario.clinician();
        }

        private List<SessionLogId> logs(ExerciseId exercise) {
            var sessionLogs = new JdbcSessionLogs(db.jdbc());
            var patient = db.patientLogin("amara.osei");
            return List.of(3, 2, 1).stream()
                    .map(daysAgo -> sessionLogs.save(SessionLog.record(programme.id(), 1, exercise, 1,
                            TODAY.minusDays(daysAgo), true, 2, PainScore.of(2), PainScore.of(2), "", patient,
                            MONDAY_MORNING, TODAY)).id())
                    .toList()
                    .reversed();
        }

        Proposal advanceToeCurls() {
            var toeCurls = scenario.toeCurls();
            return Proposal.suggest(programme.id(), 1, toeCurls.id(), ProposalKind.ADVANCE, 1,
                    toeCurls.level(1).defaultDosage(), 2, toeCurls.level(2).defaultDosage(),
                    "3 sessions in a row at 2/10 or less, and no worse the next morning.", toeCurlLogs);
        }

        Proposal holdSoakWithALoad() {
            var soak = scenario.warmFootSoak();
            var dosage = soak.level(1).defaultDosage().withLoad(new Load(new BigDecimal("2.5"), LoadUnit.KG));
            return Proposal.suggest(programme.id(), 1, soak.id(), ProposalKind.HOLD, 1, dosage, 1, dosage,
                    "Hold at level 1 with the same dosage: the sessions went well.", soakLogs);
        }
    }
}
