package org.rehabrx.db.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;

class JdbcCareRelationsTest {

    private static ClinicalFixtures db;
    private final JdbcCareRelations relations = new JdbcCareRelations(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void onlyTheCareTeamTreatsAPatient() {
        var scenario = db.forefootScenario();
        var colleague = db.clinician("sam.okafor");

        assertThat(relations.isInCareTeam(scenario.clinician(), scenario.patient().id())).isTrue();
        assertThat(relations.isInCareTeam(colleague, scenario.patient().id())).isFalse();
        assertThat(relations.isInCareTeam(scenario.clinician(), PatientId.newId())).isFalse();
    }

    @Test
    void aLinkedAccountLeadsToItsPatientAndAnUnlinkedOneToNone() {
        var clinician = db.clinician("lena.berg");
        var login = db.patientLogin("jonas.weber");
        var linked = db.saved(db.patient("Jonas Weber", clinician, Set.of()).linkedTo(login));

        assertThat(relations.patientOfAccount(login)).contains(linked.id());
        assertThat(relations.patientOfAccount(clinician)).isEmpty();
    }

    @Test
    void programmesAndTheirSessionLogsBelongToTheProgrammesPatient() {
        var scenario = db.forefootScenario();
        var draft = db.programmes().save(scenario.draft());
        var log = new JdbcSessionLogs(db.jdbc()).save(SessionLog.record(draft.id(), 1, scenario.toeCurls().id(), 1,
                ClinicalFixtures.TODAY, true, 2, PainScore.of(2), null, "", scenario.clinician(),
                ClinicalFixtures.MONDAY_MORNING, ClinicalFixtures.TODAY));

        assertThat(relations.patientOfProgramme(draft.id())).contains(scenario.patient().id());
        assertThat(relations.patientOfSessionLog(log.id())).contains(scenario.patient().id());
        assertThat(relations.patientOfProgramme(ProgrammeId.newId())).isEmpty();
        assertThat(relations.patientOfSessionLog(SessionLogId.newId())).isEmpty();
        assertThat(relations.patientOfProposal(new ProposalId(UUID.randomUUID()))).isEmpty();
    }
}
