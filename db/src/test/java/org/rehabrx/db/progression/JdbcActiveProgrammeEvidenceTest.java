package org.rehabrx.db.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;
import static org.rehabrx.db.ClinicalFixtures.TODAY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProgrammeEvidence;
import org.rehabrx.core.progression.ProgressionEngine;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.VersionPrescription;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ClinicalFixtures.Scenario;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;

class JdbcActiveProgrammeEvidenceTest {

    private static ClinicalFixtures db;
    private final JdbcActiveProgrammeEvidence evidence = new JdbcActiveProgrammeEvidence(db.jdbc());
    private final JdbcSessionLogs sessionLogs = new JdbcSessionLogs(db.jdbc());
    private final JdbcProposals proposals = new JdbcProposals(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void anActiveProgrammeComesWithWhatEachVersionPrescribedItsLogsAndItsPendingProposals() {
        var scenario = db.forefootScenario();
        var programme = revisedWithToeCurlsAtLevel2(scenario);
        var id = programme.id();
        var toeCurls = scenario.toeCurls();
        var patient = db.patientLogin("amara.osei");
        for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
            sessionLogs.save(SessionLog.record(id, 2, toeCurls.id(), 2, TODAY.minusDays(daysAgo), true, 3,
                    PainScore.of(1), PainScore.of(2), "", patient, MONDAY_MORNING, TODAY));
        }
        var history = db.programmes().history(id);
        var logs = sessionLogs.forProgramme(id);
        var baseline = programme.content().baselinePain();
        var judged = ProgressionEngine.evaluate(id, history, scenario.library(), logs, baseline);
        var pending = proposals.save(judged.stream().filter(p -> p.kind() == ProposalKind.ADVANCE).findFirst()
                .orElseThrow());

        var read = readAll().get(id);

        assertThat(read.prescriptions()).containsExactlyElementsOf(
                history.stream().map(VersionPrescription::of).toList());
        assertThat(read.rules()).isEqualTo(programme.content().rules());
        assertThat(read.baselinePain()).isEqualTo(baseline);
        assertThat(read.logs()).containsExactlyInAnyOrderElementsOf(logs);
        assertThat(read.proposed()).containsExactly(pending.id());
        assertThat(ProgressionEngine.evaluate(read, scenario.library())).isEqualTo(judged);
    }

    @Test
    void onlyActiveProgrammesAreReadAndReviewedProposalsAreLeftToTheStore() {
        var scenario = db.forefootScenario();
        var draft = db.programmes().save(scenario.draft());
        var active = revisedWithToeCurlsAtLevel2(db.forefootScenario());

        var read = readAll();

        assertThat(read).containsKey(active.id()).doesNotContainKey(draft.id());
        assertThat(read.get(active.id()).proposed()).isEmpty();
    }

    @Test
    void programmesComeInTheOrderTheDatabaseKeepsTheirIdsWhicheverOrderTheyWereStoredIn() {
        for (int i = 0; i < 3; i++) {
            revisedWithToeCurlsAtLevel2(db.forefootScenario());
        }
        var ids = new ArrayList<UUID>();
        db.transactions().executeWithoutResult(status -> evidence.forEach(read -> ids.add(read.programme().value())));

        var stored = db.jdbc().sql("""
                SELECT p.id FROM programme p JOIN programme_version v ON v.programme_id = p.id
                   AND v.number = p.current_number WHERE v.status = 'ACTIVE' ORDER BY p.id
                """).query(UUID.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3).containsExactlyElementsOf(stored);
    }

    @Test
    void idsCompareAsTheDatabaseOrdersThem() {
        var low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
        var high = UUID.fromString("80000000-0000-0000-0000-000000000000");

        assertThat(JdbcActiveProgrammeEvidence.compareAsStored(low, high)).isNegative();
        assertThat(low.compareTo(high)).as("unlike UUID's own order").isPositive();
        assertThat(db.jdbc().sql("SELECT CAST(:low AS uuid) < CAST(:high AS uuid)").param("low", low)
                .param("high", high).query(Boolean.class).single()).isTrue();
    }

    private static Programme revisedWithToeCurlsAtLevel2(Scenario scenario) {
        var first = db.programmes().save(scenario.draft().activated(scenario.cautions(scenario.draft().content()),
                scenario.clinician(), MONDAY_MORNING));
        var toeCurls = scenario.toeCurls();
        var content = first.content().withExerciseAt(toeCurls.id(), 2, toeCurls.level(2).defaultDosage());
        return db.programmes().save(first.changed(content, scenario.cautions(content), scenario.clinician(),
                MONDAY_MORNING.plusSeconds(3_600)));
    }

    private Map<ProgrammeId, ProgrammeEvidence> readAll() {
        var read = new HashMap<ProgrammeId, ProgrammeEvidence>();
        db.transactions().executeWithoutResult(status -> evidence.forEach(each -> read.put(each.programme(), each)));
        return read;
    }
}
