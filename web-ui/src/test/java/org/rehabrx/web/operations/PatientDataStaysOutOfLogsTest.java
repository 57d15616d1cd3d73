package org.rehabrx.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
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
    PatientService patients;
    @Autowired
    TreatmentService treatment;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    HandoutService handouts;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    LibraryService library;
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

        var patient = patients.register(new PatientRegistration(REFERENCE, NAME, LocalDate.of(1958, 9, 14),
                Locale.ENGLISH, "", "", "Central metatarsalgia", Side.RIGHT, Set.of()));
        assertThat(treatment.recordOf(patient.id())).isNotNull();
        var template = library.templates().stream()
                .filter(candidate -> "forefoot-plantar-pain".equals(candidate.key())).findFirst().orElseThrow();
        var draft = programmes.startFromTemplate(patient.id(), template.id(), today.minusDays(2), today.plusWeeks(4),
                PainScore.of(2));
        var active = programmes.activate(draft.id(), draft.version());
        assertThat(handouts.download(active.id(), false).content()).isNotEmpty();
        sessionLogs.log(active.id(), new SessionReport(active.content().exercises().getFirst().exercise(),
                today.minusDays(1), true, 3, PainScore.of(2), PainScore.of(1), ""));

        assertThat(output.getAll()).as("the flow logged something, so the capture works").isNotEmpty()
                .doesNotContain(NAME).doesNotContain(REFERENCE)
                .doesNotContain("Zwetschgenbaum");
    }
}
