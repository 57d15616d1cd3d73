package org.rehabrx.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole clinical flow, with RehabRx's own debug logging on, writes nothing that names the patient: neither
 * the name nor the reference reaches the console (and so no log collector).
 */
@SpringBootTest(properties = "logging.level.org.rehabrx=DEBUG")
@ActiveProfiles("demo")
@WithTestDatabase
@ExtendWith(OutputCaptureExtension.class)
class PatientDataStaysOutOfLogsTest {

    private static final String NAME = "Quirinus Zwetschgenbaum";
    private static final String REFERENCE = "ZQX-7319";

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
    Clock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theClinicalFlowLogsNeitherThePatientsNameNorReference(CapturedOutput output) {
        SignedInAs.account(context, "demo.clinician");
        var today = LocalDate.now(clock);

        var prescribing = new ForefootPrescription(context);
        var patient = prescribing.register(REFERENCE, NAME);
        assertThat(treatment.recordOf(patient.id())).isNotNull();
        var draft = prescribing.draftFromTemplate(patient.id());
        var active = programmes.activate(draft.id(), draft.version());
        assertThat(handouts.download(active.id(), false).content()).isNotEmpty();
        sessionLogs.log(active.id(), new SessionReport(active.content().exercises().getFirst().exercise(),
                today.minusDays(1), true, 3, PainScore.of(2), PainScore.of(1), ""));

        assertThat(output.getAll()).as("the flow logged something, so the capture works").isNotEmpty()
                .doesNotContain(NAME).doesNotContain(REFERENCE)
                .doesNotContain("Zwetschgenbaum");
    }
}
