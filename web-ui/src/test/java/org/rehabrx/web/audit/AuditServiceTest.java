package org.rehabrx.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Reading the trail: the admin's search and export, and the report of who accessed a record. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AuditServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audit;
    @Autowired
    TreatmentService treatment;
    @Autowired
    AuditTrail trail;
    @Autowired
    Patients patients;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    private Patient maria;
    private Patient jonas;

    @BeforeEach
    void theDemoCliniciansOpenTheirPatientsRecords() {
        maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        jonas = patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow();
        SignedInAs.account(context, "demo.clinician");
        treatment.recordOf(maria.id());
        SignedInAs.account(context, "demo.clinician2");
        treatment.recordOf(jonas.id());
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void anAdminFindsEventsByPatientReferenceAndUserAndSeesThePatientByReferenceOnly() {
        SignedInAs.account(context, "demo.admin");

        var ofMaria = audit.search(new AuditSearch(null, "demo-0001", null, null, null), 0, 50);
        assertThat(ofMaria).isNotEmpty().allSatisfy(row -> {
            assertThat(row.patientReference()).isEqualTo("DEMO-0001");
            assertThat(row.toString()).doesNotContain("Maria", "Rossi");
        });
        assertThat(ofMaria).extracting(AuditEventRow::action, AuditEventRow::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.PATIENT_RECORD_VIEWED, "demo.clinician"));

        var byClinician2 = audit.search(new AuditSearch("demo.clinician2", null, AuditAction.PATIENT_RECORD_VIEWED,
                LocalDate.now(clock), LocalDate.now(clock)), 0, 50);
        assertThat(byClinician2).isNotEmpty().allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo("demo.clinician2");
            assertThat(row.patientReference()).isEqualTo("DEMO-0002");
        });
        assertThat(audit.search(new AuditSearch("demo.clinician2", null, null, LocalDate.now(clock).plusDays(1),
                null), 0, 50)).isEmpty();
        assertThat(audit.search(new AuditSearch("nobody.at.all", null, null, null, null), 0, 50)).isEmpty();
        assertThat(audit.search(new AuditSearch(null, "NO-SUCH-REF", null, null, null), 0, 50)).isEmpty();
    }

    @Test
    void onlyAnAdminSearchesExportsOrVerifiesTheTrail() {
        SignedInAs.account(context, "demo.clinician");

        assertThatThrownBy(() -> audit.search(AuditSearch.EVERYTHING, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditSearch.EVERYTHING, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
        var before = trail.search(AuditQuery.ALL, 0, 1).getFirst().sequence();
        assertThatThrownBy(() -> audit.accessesOf(maria.reference(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(trail.chainAfter(before, 10)).singleElement().satisfies(refused -> {
            assertThat(refused.action()).isEqualTo(AuditAction.RECORD_ACCESS_REPORTED);
            assertThat(refused.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(refused.patient()).as("a refused call reads no record, not even to name it").isNull();
        });
        assertThatThrownBy(() -> audit.accessesOfMyRecord(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportIsCsvThatSpreadsheetsCannotRunAsAFormula() {
        trail.append(new AuditRecord(clock.instant(), Actor.anonymous(), AuditAction.SIGN_IN_FAILED, null, null,
                AuditOutcome.DENIED, "=HYPERLINK(\"http://evil.example\",\"x\")"));
        SignedInAs.account(context, "demo.admin");
        var out = new StringWriter();

        audit.exportCsv(new AuditSearch(null, null, AuditAction.SIGN_IN_FAILED, null, null), out);

        var lines = out.toString().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("sequence,occurred_at,actor_username,actor_role,action,patient_reference,"
                + "subject_type,subject_id,outcome,client_address,hash");
        assertThat(lines[1]).contains(",,,SIGN_IN_FAILED,,,,DENIED,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
        assertThat(lines[2]).as("the last line ends with CRLF too").isEmpty();
        assertThat(lines).hasSize(3);
        assertThat(trail.search(AuditQuery.ALL, 0, 1).getFirst().action()).isEqualTo(AuditAction.AUDIT_EVENTS_EXPORTED);
    }

    @Test
    void theExportNamesPatientsByReference() {
        SignedInAs.account(context, "demo.admin");
        var out = new StringWriter();

        audit.exportCsv(new AuditSearch(null, "DEMO-0001", AuditAction.PATIENT_RECORD_VIEWED, null, null), out);

        assertThat(out.toString()).contains(",demo.clinician,CLINICIAN,PATIENT_RECORD_VIEWED,DEMO-0001,PATIENT,"
                + maria.id().value() + ",SUCCESS,").doesNotContain("Rossi");
    }

    @Test
    void aPatientSeesWhoAccessedTheirOwnRecordOnly() {
        SignedInAs.account(context, "demo.patient");

        var report = audit.accessesOfMyRecord(0, 500);

        assertThat(report).hasSize((int) trail.count(AuditQuery.ofPatient(maria.id())));
        var clinicianName = accounts.findByUsername(new Username("demo.clinician")).orElseThrow().displayName();
        var otherName = accounts.findByUsername(new Username("demo.clinician2")).orElseThrow().displayName();
        assertThat(report).extracting(RecordAccess::who, RecordAccess::action)
                .contains(org.assertj.core.groups.Tuple.tuple(clinicianName, AuditAction.PATIENT_RECORD_VIEWED));
        assertThat(report).extracting(RecordAccess::who).doesNotContain(otherName);
    }

    @Test
    void anAdminReportsWhoAccessedARecordByReference() {
        SignedInAs.account(context, "demo.admin");

        var report = audit.accessesOf(jonas.reference(), 0, 500);

        var otherName = accounts.findByUsername(new Username("demo.clinician2")).orElseThrow().displayName();
        assertThat(report).extracting(RecordAccess::who, RecordAccess::action)
                .contains(org.assertj.core.groups.Tuple.tuple(otherName, AuditAction.PATIENT_RECORD_VIEWED));
        var recorded = trail.search(AuditQuery.ALL, 0, 1).getFirst();
        assertThat(recorded.action()).isEqualTo(AuditAction.RECORD_ACCESS_REPORTED);
        assertThat(recorded.patient()).isEqualTo(jonas.id());
        assertThat(audit.accessesOf(new ClinicReference("NO-SUCH-REF"), 0, 10)).isEmpty();
    }

    @Test
    void theChainOfEverythingRecordedVerifies() {
        SignedInAs.account(context, "demo.admin");

        var result = audit.verifyChain();

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(2);
    }
}
