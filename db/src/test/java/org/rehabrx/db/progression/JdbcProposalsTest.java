package org.rehabrx.db.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;
import static org.rehabrx.db.ClinicalFixtures.TODAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.ProposalStatus;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ClinicalFixtures.Scenario;
import org.rehabrx.db.ConcurrentSaves;
import org.rehabrx.db.patient.JdbcPatients;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;

class JdbcProposalsTest {

    private static final Instant REVIEWED_AT = MONDAY_MORNING.plus(Duration.ofDays(10));

    private static ClinicalFixtures db;
    private final JdbcProposals proposals = new JdbcProposals(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void aPendingProposalWithTheLogsItUsedRoundTrips() {
        var setting = new Setting();
        var proposal = setting.advanceToeCurls();

        var saved = proposals.save(proposal);

        assertThat(saved.version()).isEqualTo(1);
        var found = proposals.findById(proposal.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.usedLogs()).containsExactlyElementsOf(setting.logsNewestFirst);
        assertThat(found.fromDosage()).isEqualTo(setting.toeCurls.level(1).defaultDosage());
        assertThat(found.toDosage()).isEqualTo(setting.toeCurls.level(2).defaultDosage());
        assertThat(found.review()).isNull();
        assertThat(proposals.pendingFor(setting.programme.id())).containsExactly(saved);
    }

    @Test
    void anUnknownProposalIsNotFound() {
        assertThat(proposals.findById(new ProposalId(UUID.randomUUID()))).isEmpty();
        assertThat(proposals.pendingFor(ProgrammeId.newId())).isEmpty();
    }

    @Test
    void evaluatingTheSameLogsAgainKeepsOneProposal() {
        var setting = new Setting();
        var first = proposals.save(setting.advanceToeCurls());

        var again = proposals.save(setting.advanceToeCurls());

        assertThat(again).isEqualTo(first);
        assertThat(db.rows("proposal", "id = ?", first.id().value())).isEqualTo(1);
        assertThat(db.rows("proposal_log", "proposal_id = ?", first.id().value())).isEqualTo(3);
        assertThat(proposals.pendingFor(setting.programme.id())).containsExactly(first);
    }

    @Test
    void anAcceptedProposalKeepsTheEditedDosageAndIsNoLongerPending() {
        var setting = new Setting();
        var saved = proposals.save(setting.advanceToeCurls());
        var gentler = Dosage.reps(2, 12, 30, 2, 5, Side.BOTH, PainScore.of(3));

        var accepted = proposals.save(saved.acceptedWith(gentler, setting.scenario.clinician(), REVIEWED_AT));

        assertThat(accepted.version()).isEqualTo(2);
        var found = proposals.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(accepted);
        assertThat(found.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(found.review().acceptedDosage()).isEqualTo(gentler);
        assertThat(found.review().at()).isEqualTo(REVIEWED_AT);
        assertThat(found.dosageToApply()).isEqualTo(gentler);
        assertThat(proposals.pendingFor(setting.programme.id())).isEmpty();
    }

    @Test
    void aRejectedProposalKeepsTheReason() {
        var setting = new Setting();
        var saved = proposals.save(setting.advanceToeCurls());

        var rejected = proposals.save(saved.rejected("She has a blister under the 2nd toe; wait a week.",
                setting.scenario.clinician(), REVIEWED_AT));

        var found = proposals.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(rejected);
        assertThat(found.review().rejection()).isEqualTo("She has a blister under the 2nd toe; wait a week.");
        assertThat(found.review().acceptedDosage()).isNull();
        assertThat(proposals.pendingFor(setting.programme.id())).isEmpty();
    }

    @Test
    void evaluatingAgainAfterTheReviewLeavesTheReviewAlone() {
        var setting = new Setting();
        var saved = proposals.save(setting.advanceToeCurls());
        var accepted = proposals.save(saved.accepted(setting.scenario.clinician(), REVIEWED_AT));

        var again = proposals.save(setting.advanceToeCurls());

        assertThat(again).isEqualTo(accepted);
        assertThat(proposals.findById(saved.id())).contains(accepted);
        assertThat(proposals.pendingFor(setting.programme.id())).isEmpty();
    }

    @Test
    void aClinicianFindsTheProgrammesWithPendingProposalsOfTheirActivePatientsOnly() {
        var setting = new Setting();
        var advance = proposals.save(setting.advanceToeCurls());
        var clinician = setting.scenario.clinician();

        assertThat(proposals.programmesWithPendingInCareOf(clinician)).contains(setting.programme.id())
                .doesNotHaveDuplicates();
        assertThat(proposals.programmesWithPendingInCareOf(db.clinician("someone.else"))).isEmpty();

        proposals.save(advance.rejected("Not yet", clinician, MONDAY_MORNING));
        assertThat(proposals.programmesWithPendingInCareOf(clinician)).doesNotContain(setting.programme.id());

        var archived = new Setting();
        proposals.save(archived.advanceToeCurls());
        var theirClinician = archived.scenario.clinician();
        assertThat(proposals.programmesWithPendingInCareOf(theirClinician)).contains(archived.programme.id());
        new JdbcPatients(db.jdbc()).save(archived.scenario.patient().archived());
        assertThat(proposals.programmesWithPendingInCareOf(theirClinician)).doesNotContain(archived.programme.id());
    }

    @Test
    void pendingProposalsComeNewestFirstAndOnlyForTheirProgramme() {
        var setting = new Setting();
        var advance = proposals.save(setting.advanceToeCurls());
        var notEnough = proposals.save(Proposal.suggest(setting.programme.id(), 1, setting.scenario.shortFoot().id(),
                ProposalKind.NOT_ENOUGH_LOGS, 1, setting.scenario.shortFoot().level(1).defaultDosage(), 1,
                setting.scenario.shortFoot().level(1).defaultDosage(), "Log 3 more sessions of short foot.",
                List.of()));
        var elsewhere = new Setting();
        proposals.save(elsewhere.advanceToeCurls());

        assertThat(proposals.pendingFor(setting.programme.id())).containsExactly(notEnough, advance);
        assertThat(proposals.findById(notEnough.id()).orElseThrow().usedLogs()).isEmpty();
    }

    @Test
    void ofTwoConcurrentReviewsOnlyTheFirstIsStoredAndTheSecondIsToldSo() throws InterruptedException {
        var setting = new Setting();
        var bothLoaded = proposals.save(setting.advanceToeCurls());
        var colleague = db.clinician("sam.okafor");

        var outcome = ConcurrentSaves.race(db,
                () -> proposals.save(bothLoaded.accepted(setting.scenario.clinician(), REVIEWED_AT)),
                () -> proposals.save(bothLoaded.rejected("Not yet.", colleague, REVIEWED_AT)));

        assertThat(outcome.firstFailure()).isNull();
        assertThat(outcome.secondFailure()).isInstanceOf(ConcurrentChangeException.class);
        assertThat(outcome.secondWaitedForLock()).isTrue();
        assertThat(proposals.findById(bothLoaded.id())).contains(outcome.first());
    }

    @Test
    void aReviewBasedOnAStaleVersionIsRefused() {
        var setting = new Setting();
        var saved = proposals.save(setting.advanceToeCurls());
        proposals.save(saved.accepted(setting.scenario.clinician(), REVIEWED_AT));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> proposals.save(saved.rejected("Too late.", setting.scenario.clinician(),
                        REVIEWED_AT)));
        assertThat(proposals.findById(saved.id()).orElseThrow().status()).isEqualTo(ProposalStatus.ACCEPTED);
    }

    /** An active forefoot programme with three comfortable toe-curl sessions logged. */
    private static final class Setting {

        final Scenario scenario = db.forefootScenario();
        final Programme programme = db.programmes().save(scenario.draft().activated(
                scenario.cautions(scenario.draft().content()), scenario.clinician(), MONDAY_MORNING));
        final Exercise toeCurls = scenario.toeCurls();
        final List<SessionLogId> logsNewestFirst;

        Setting() {
            var logs = new JdbcSessionLogs(db.jdbc());
            var patient = db.patientLogin("amara.osei");
            logsNewestFirst = List.of(3, 2, 1).stream()
                    .map(daysAgo -> logs.save(SessionLog.record(programme.id(), 1, toeCurls.id(), 1,
                            TODAY.minusDays(daysAgo), true, 2, PainScore.of(2), PainScore.of(2), "", patient,
                            MONDAY_MORNING, TODAY)).id())
                    .toList()
                    .reversed();
        }

        Proposal advanceToeCurls() {
            return Proposal.suggest(programme.id(), 1, toeCurls.id(), ProposalKind.ADVANCE, 1,
                    toeCurls.level(1).defaultDosage(), 2, toeCurls.level(2).defaultDosage(),
                    "3 sessions in a row at 2/10 or less, and no worse the next morning.", logsNewestFirst);
        }
    }
}
