package org.rehabrx.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A clinician's whole first prescription through the application services leaves, for that patient, the audit
 * events of every step in order, and the chain still verifies.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AuditedTreatmentEndToEndTest {

    /** The steps of this flow; other events (such as reads the services make on the way) may come between them. */
    private static final Set<AuditAction> STEPS = EnumSet.of(AuditAction.PATIENT_REGISTERED,
            AuditAction.PATIENT_RECORD_VIEWED, AuditAction.PROGRAMME_STARTED, AuditAction.PROGRAMME_ACTIVATED,
            AuditAction.HANDOUT_DOWNLOADED, AuditAction.SESSION_LOGGED, AuditAction.PROPOSAL_ACCEPTED);

    @Autowired
    ApplicationContext context;
    @Autowired
    TreatmentService treatment;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    HandoutService handouts;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    ProgressionService progression;
    @Autowired
    AuditTrail trail;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void everyStepOfAFirstPrescriptionIsRecordedForThePatientInOrder() {
        SignedInAs.account(context, "demo.clinician");
        var today = LocalDate.now(clock);

        var prescribing = new ForefootPrescription(context);
        var patient = prescribing.register("AUD-0001", "Lena Fischer");
        treatment.recordOf(patient.id());
        var draft = prescribing.draftFromTemplate(patient.id());
        var active = programmes.activate(draft.id(), draft.version());
        assertThat(handouts.download(active.id(), false).content()).isNotEmpty();
        var exercise = active.content().exercises().getFirst().exercise();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            sessionLogs.log(active.id(), new SessionReport(exercise, today.minusDays(daysAgo), true, 3,
                    PainScore.of(2), PainScore.of(1), ""));
        }
        var proposal = progression.evaluate(active.id()).stream()
                .filter(candidate -> candidate.exercise().equals(exercise)).findFirst().orElseThrow();
        progression.accept(proposal.id(), proposal.version(), null);

        var recorded = trail.search(AuditQuery.ofPatient(patient.id()), 0, 100).reversed();
        assertThat(recorded).filteredOn(event -> STEPS.contains(event.action()))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.PATIENT_REGISTERED, AuditAction.PATIENT_RECORD_VIEWED,
                        AuditAction.PROGRAMME_STARTED, AuditAction.PROGRAMME_ACTIVATED,
                        AuditAction.HANDOUT_DOWNLOADED, AuditAction.SESSION_LOGGED, AuditAction.SESSION_LOGGED,
                        AuditAction.SESSION_LOGGED, AuditAction.PROPOSAL_ACCEPTED);
        var clinician = accounts.findByUsername(new Username("demo.clinician")).orElseThrow().id();
        assertThat(recorded).allSatisfy(event -> {
            assertThat(event.actorAccount()).isEqualTo(clinician);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.patient()).isEqualTo(patient.id());
        });
        assertThat(recorded).filteredOn(event -> event.action() == AuditAction.PROPOSAL_ACCEPTED).singleElement()
                .satisfies(event -> {
                    assertThat(event.subjectType()).isEqualTo(SubjectType.PROPOSAL);
                    assertThat(event.subjectId()).isEqualTo(proposal.id().value());
                });
        assertThat(recorded).filteredOn(event -> event.action() == AuditAction.HANDOUT_DOWNLOADED).singleElement()
                .satisfies(event -> assertThat(event.subjectId()).isEqualTo(active.id().value()));
        assertThat(trail.verify().intact()).isTrue();
    }
}
