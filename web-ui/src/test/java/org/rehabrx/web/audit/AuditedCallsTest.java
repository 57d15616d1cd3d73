package org.rehabrx.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.PatientRecord;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Every call of an {@link Audited} method leaves one audit event, whatever its outcome. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
@Import(AuditedCallsTest.Probe.class)
// a configuration no other test shares: closing it at once returns its database connections
@DirtiesContext
class AuditedCallsTest {

    private static final String CLIENT = "203.0.113.9";

    @Autowired
    ApplicationContext context;
    @Autowired
    Probe probe;
    @Autowired
    TreatmentService treatment;
    @Autowired
    AuditTrail trail;
    @Autowired
    Accounts accounts;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;
    @Autowired
    PlatformTransactionManager transactionManager;

    private AuditTrailAssertions audit;
    private Patient maria;
    private Account clinician;

    @BeforeEach
    void aRequestFromAClientAddress() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(CLIENT);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        clinician = accounts.findByUsername(new Username("demo.clinician")).orElseThrow();
        audit = new AuditTrailAssertions(trail);
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        SignedInAs.nobody();
    }

    @Test
    void aCallThatReturnsIsRecordedAsSuccessWithActorPatientAndAddress() {
        SignedInAs.account(context, "demo.clinician");

        assertThat(probe.look(maria.id())).isEqualTo("looked");

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PATIENT_RECORD_VIEWED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.actorAccount()).isEqualTo(clinician.id());
            assertThat(event.actorUsername()).isEqualTo("demo.clinician");
            assertThat(event.actorRole()).isEqualTo(Role.CLINICIAN);
            assertThat(event.patient()).isEqualTo(maria.id());
            assertThat(event.subjectType()).isEqualTo(SubjectType.PATIENT);
            assertThat(event.subjectId()).isEqualTo(maria.id().value());
            assertThat(event.clientAddress()).isEqualTo(CLIENT);
        });
    }

    @Test
    void aCallRefusedByMethodSecurityIsRecordedOnceAsDeniedAndTheRefusalReachesTheCaller() {
        SignedInAs.account(context, "demo.clinician");
        var account = AccountId.newId();

        assertThatThrownBy(() -> probe.adminOnly(account)).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCOUNT_CHANGED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorUsername()).isEqualTo("demo.clinician");
            assertThat(event.subjectType()).isEqualTo(SubjectType.ACCOUNT);
            assertThat(event.subjectId()).isEqualTo(account.value());
            assertThat(event.patient()).isNull();
        });
    }

    @Test
    void aCallWithoutSignInIsRecordedAsDeniedToNobody() {
        assertThatThrownBy(() -> probe.look(maria.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorAccount()).isNull();
            assertThat(event.actorUsername()).isNull();
            assertThat(event.actorRole()).isNull();
            assertThat(event.patient()).isEqualTo(maria.id());
        });
    }

    @Test
    void anObjectLevelRefusalInsideARealServiceIsRecordedAsDenied() {
        SignedInAs.account(context, "demo.clinician2");

        assertThatThrownBy(() -> treatment.recordOf(maria.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PATIENT_RECORD_VIEWED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorUsername()).isEqualTo("demo.clinician2");
            assertThat(event.patient()).isEqualTo(maria.id());
        });
    }

    @Test
    void aFailedCallIsRecordedAsFailedAfterItsTransactionRolledBackAndItsExceptionIsRethrownUnchanged() {
        SignedInAs.account(context, "demo.clinician");
        var programme = programmes.forPatient(maria.id()).getFirst().id();

        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> probe.failAfterWriting(programme));

        assertThat(thrown).isSameAs(Probe.FAILURE);
        assertThat(accounts.findByUsername(new Username("written.then.rolled.back"))).isEmpty();
        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PROGRAMME_CHANGED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(event.subjectType()).isEqualTo(SubjectType.PROGRAMME);
            assertThat(event.subjectId()).isEqualTo(programme.value());
            assertThat(event.patient()).as("the programme's patient, found through the care relations")
                    .isEqualTo(maria.id());
        });
    }

    @Test
    void theAuditEventSurvivesARollbackOfTheCallersTransaction() {
        SignedInAs.account(context, "demo.clinician");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            probe.look(maria.id());
            status.setRollbackOnly();
        });

        assertThat(audit.added()).extracting(AuditEvent::action).containsExactly(AuditAction.PATIENT_RECORD_VIEWED);
    }

    @Test
    void onlyTheOutermostAuditedCallIsRecorded() {
        SignedInAs.account(context, "demo.clinician");

        probe.readThroughTreatment(maria.id());

        assertThat(audit.added()).singleElement().extracting(AuditEvent::action)
                .isEqualTo(AuditAction.PATIENT_CHANGED);
    }

    @Test
    void aDenialOutsideAnAuditedCallIsRecordedAsAccessDenied() {
        SignedInAs.account(context, "demo.patient");

        assertThatThrownBy(() -> probe.unaudited()).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorUsername()).isEqualTo("demo.patient");
            assertThat(event.actorRole()).isEqualTo(Role.PATIENT);
            assertThat(event.clientAddress()).isEqualTo(CLIENT);
        });
    }

    @Test
    void theRecordedEventsKeepTheChainIntact() {
        SignedInAs.account(context, "demo.clinician");
        probe.look(maria.id());

        assertThat(audit.added()).extracting(AuditEvent::action).containsExactly(AuditAction.PATIENT_RECORD_VIEWED);
        assertThat(trail.verify().intact()).isTrue();
    }

    /** Only this test's context has it: nested in a test class, it is not component-scanned. */
    @Service
    static class Probe {

        static final IllegalStateException FAILURE = new IllegalStateException("the probe failed on purpose");

        private final Accounts accounts;
        private final TreatmentService treatment;

        Probe(Accounts accounts, TreatmentService treatment) {
            this.accounts = accounts;
            this.treatment = treatment;
        }

        @Audited(value = AuditAction.PATIENT_RECORD_VIEWED, subject = "#patient")
        @PreAuthorize("hasRole('CLINICIAN')")
        public String look(PatientId patient) {
            return "looked";
        }

        @Audited(value = AuditAction.ACCOUNT_CHANGED, subject = "#account")
        @PreAuthorize("hasRole('ADMIN')")
        public void adminOnly(AccountId account) {
        }

        @Audited(value = AuditAction.PROGRAMME_CHANGED, subject = "#programme")
        @PreAuthorize("hasRole('CLINICIAN')")
        @Transactional
        public void failAfterWriting(ProgrammeId programme) {
            accounts.save(Account.open(new Username("written.then.rolled.back"), "Nobody", Role.CLINICIAN,
                    new EncodedPassword("{noop}irrelevant-password")));
            throw FAILURE;
        }

        @Audited(value = AuditAction.PATIENT_CHANGED, subject = "#patient")
        @PreAuthorize("hasRole('CLINICIAN')")
        public PatientRecord readThroughTreatment(PatientId patient) {
            return treatment.recordOf(patient);
        }

        @PreAuthorize("hasRole('ADMIN')")
        public void unaudited() {
        }
    }
}
