package org.rehabrx.web.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The handout as the app produces it, from the demo patient's stored programme. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class HandoutServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    HandoutService handouts;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;

    private Programme programme;

    @BeforeEach
    void theDemoPatientsProgramme() {
        var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        programme = programmes.forPatient(maria.id()).getFirst();
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theClinicianGetsAPdfOfTheCurrentVersionForThePatient() throws IOException {
        SignedInAs.account(context, "demo.clinician");

        var text = textOf(handouts.handoutOf(programme.id(), false));

        assertThat(text).contains("Maria Rossi (demo patient)", "DEMO-0001",
                "Forefoot plantar pain (metatarsalgia 2–4)", "Toe curls (towel scrunch)", "Warm foot soak",
                "Priya Shah (demo clinician)");
    }

    @Test
    void thePatientGetsTheirOwnHandout() throws IOException {
        SignedInAs.account(context, "demo.patient");

        assertThat(textOf(handouts.handoutOf(programme.id(), true))).contains("Maria Rossi (demo patient)");
    }

    @Test
    void nobodyElseGetsIt() {
        for (var outsider : new String[] {"demo.clinician2", "demo.patient2", "demo.admin"}) {
            SignedInAs.account(context, outsider);

            assertThatThrownBy(() -> handouts.handoutOf(programme.id(), false))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
