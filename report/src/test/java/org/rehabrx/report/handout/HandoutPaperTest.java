package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.rehabrx.report.handout.ForefootFixtures.demo;
import static org.rehabrx.report.handout.ForefootFixtures.library;
import static org.rehabrx.report.handout.ForefootFixtures.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The paper a handout is printed on: the clinic's choice for English, always A4 for Spanish. */
class HandoutPaperTest {

    private static final HandoutRenderer LETTER =
            new HandoutRenderer(Illustrations.none(), new ClinicStyle(Paper.LETTER));

    @Test
    void anEnglishHandoutOnLetterHasLetterPagesAndIsValid() throws IOException {
        byte[] pdf = LETTER.render(demo(patient("Mary Smith", Locale.ENGLISH)));
        Files.createDirectories(Path.of("target", "handout-samples"));
        Files.write(Path.of("target", "handout-samples", "handout-sample-letter.pdf"), pdf);
        assertEveryPage(pdf, 612, 792);
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void aLargePrintEnglishHandoutOnLetterIsValidAndKeepsEveryExercise() {
        var handout = demo(patient("Mary Smith", Locale.ENGLISH), library(), true);
        byte[] pdf = LETTER.render(handout);
        assertEveryPage(pdf, 612, 792);
        Pdfs.assertStructurallyValid(pdf);
        String text = Pdfs.flatText(pdf);
        for (var exercise : library()) {
            assertThat(text).contains(exercise.name());
        }
    }

    @Test
    void aSpanishHandoutIsA4EvenWhenTheClinicPrintsEnglishOnLetter() {
        byte[] pdf = LETTER.render(demo(patient("María Fernández", Locale.of("es"))));
        assertEveryPage(pdf, 595, 842);
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void aPatientInAnUntranslatedLanguageGetsTheEnglishPaper() {
        byte[] pdf = LETTER.render(demo(patient("Jan Kowalski", Locale.of("pl"))));
        assertEveryPage(pdf, 612, 792);
    }

    @Test
    void theDefaultIsA4ForEnglish() {
        assertEveryPage(new HandoutRenderer().render(demo(patient("Mary Smith", Locale.ENGLISH))), 595, 842);
        assertThat(ClinicStyle.DEFAULT.englishPaper()).isEqualTo(Paper.A4);
    }

    private static void assertEveryPage(byte[] pdf, float width, float height) {
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (var page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(width, offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(height, offset(0.5f));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
