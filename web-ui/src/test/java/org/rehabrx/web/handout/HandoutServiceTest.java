package org.rehabrx.web.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
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
    @Autowired
    PatientService patientService;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    LibraryService library;

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

        var text = textOf(handouts.download(programme.id(), false).content());

        assertThat(text).contains("Maria Rossi (demo patient)", "DEMO-0001",
                "Forefoot plantar pain (metatarsalgia 2–4)", "Toe curls (towel scrunch)", "Warm foot soak",
                "Priya Shah (demo clinician)");
    }

    @Test
    void aSpanishSpeakingPatientsHandoutGivesTheShippedExercisesAndAdviceInSpanish() throws IOException {
        SignedInAs.account(context, "demo.clinician");
        var patient = patientService.register(new PatientRegistration("ES-" + System.nanoTime() % 1_000_000,
                "Lucía Hernández", LocalDate.of(1970, 5, 6), Locale.of("es"), "", "", "Metatarsalgia", Side.RIGHT,
                Set.of()));
        var draft = programmeService.startFromTemplate(patient.id(), library.templates().getFirst().id(),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 21), PainScore.of(3));

        assertThat(draft.content().title()).isEqualTo("Dolor plantar del antepié (metatarsalgia 2–4)");
        assertThat(draft.content().goal()).startsWith("Menos dolor bajo la parte delantera de la planta del pie");
        assertThat(draft.content().orthoticNotes().getFirst().instructions()).startsWith("Primer paso de la escalera.");
        assertThat(draft.content().orthoticNotes()).allSatisfy(note -> assertThat(note.side()).isEqualTo(Side.RIGHT));

        var pdf = handouts.download(draft.id(), false).content();
        Files.createDirectories(Path.of("target", "handout-samples"));
        Files.write(Path.of("target", "handout-samples", "handout-shipped-es.pdf"), pdf);
        var text = flat(textOf(pdf));

        assertThat(text).contains("Dolor plantar del antepié (metatarsalgia 2–4)",
                "Flexión de los dedos (arrugar una toalla)", "Arrugar la toalla sentado",
                "Doble los dedos para agarrar la toalla y arrástrela hacia usted, poco a poco.",
                "Pie corto (formar una cúpula con el arco)", "Cúpula sentado",
                "Baño de pies con agua tibia", "Siéntese cómodamente y meta los dos pies en el agua.",
                "Consejos sobre el calzado", "Cuidado de las callosidades", "Cuándo consultar al médico",
                "Cuente con tratarla de nuevo aproximadamente cada 2 a 3 meses");
        assertThat(text).doesNotContain("Toe curls (towel scrunch)", "Seated towel scrunch", "Warm foot soak",
                "Curl your toes to grip the towel", "Footwear advice", "Callus care");
    }

    @Test
    void anEnglishSpeakingPatientsHandoutHasNoSpanishText() throws IOException {
        SignedInAs.account(context, "demo.clinician");

        var text = flat(textOf(handouts.download(programme.id(), false).content()));

        assertThat(text).contains("Toe curls (towel scrunch)", "Callus care");
        assertThat(text).doesNotContain("Flexión de los dedos", "Arrugar la toalla", "Cuidado de las callosidades",
                "Baño de pies con agua tibia");
    }

    @Test
    void thePatientGetsTheirOwnHandout() throws IOException {
        SignedInAs.account(context, "demo.patient");

        assertThat(textOf(handouts.download(programme.id(), true).content())).contains("Maria Rossi (demo patient)");
    }

    @Test
    void nobodyElseGetsIt() {
        for (var outsider : new String[] {"demo.clinician2", "demo.patient2", "demo.admin"}) {
            SignedInAs.account(context, outsider);

            assertThatThrownBy(() -> handouts.download(programme.id(), false).content())
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** The text with every run of white space as one space, so that a sentence wrapped over lines is found. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
