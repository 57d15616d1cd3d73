package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.report.handout.ForefootFixtures.demo;
import static org.rehabrx.report.handout.ForefootFixtures.patient;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.LevelTranslation;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.ContentTranslations;

class HandoutRendererTest {

    /** One renderer for the whole class, as the app shares one. */
    private static final HandoutRenderer RENDERER = new HandoutRenderer();

    @Test
    void theDemoProgrammeShowsEverythingThePatientNeeds() throws IOException {
        var handout = demo(patient("José Ñúñez-Müller", Locale.ENGLISH, HealthFlag.REDUCED_FOOT_SENSATION));
        byte[] pdf = RENDERER.render(handout);
        Path samples = Path.of("target", "handout-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("handout-sample.pdf"), pdf);

        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("José Ñúñez-Müller", "RX-2026/0142", "Riverside Physiotherapy Clinic",
                "Forefoot plantar pain (metatarsalgia 2–4)", "Version 2", "Prescribed by Ana Gómez, physiotherapist",
                "Your programme at a glance", "Less pain under the ball of the foot");
        for (var prescribed : handout.content().exercises()) {
            assertThat(text).contains(handout.exerciseOf(prescribed).name(), prescribed.dosage().sentence(Locale.ENGLISH));
        }
        assertThat(text).contains("2 sets of 10 repetitions, rest 30 seconds between sets — once a day, 5 days a week, both feet");
        assertThat(text).contains("Stop if pain goes above 5/10.", "Stop if pain goes above 2/10.",
                "Start position", "End position", "Do these while the kettle boils in the morning.");
        assertThat(text).contains("Take extra care with this exercise", "Do not soak for longer than 15 minutes.")
                .doesNotContain("INTERNAL: sensation checked");
        assertThat(text).contains("Metatarsal pad inside the shoe", "never directly under the painful spot",
                "build up to all day over about a week", "Change of footwear");
        for (var block : handout.educationBlocks()) {
            assertThat(text).contains(block.title());
        }
        assertThat(text).contains("Repeat every 2 to 3 months.", "How your programme will progress");
        for (var rule : handout.content().rules().plainLanguage()) {
            assertThat(text).contains(rule);
        }
        assertThat(text).contains("Exercise diary", "Week 1:", "Week 4:").doesNotContain("Week 5:");
        assertThat(text).contains("Questions? Contact your clinician", "physio@riverside.example");
        assertThat(text).containsPattern("Page 1 of \\d+").contains("Printed November 24, 2026");
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
        byte[] pdf = RENDERER.render(demo(patient("Mary Smith", Locale.ENGLISH)));
        try (PDDocument document = Pdfs.open(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            String text = Pdfs.flatText(pdf);
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Page " + page + " of " + pages);
            }
            assertThat(text.split("Riverside Physiotherapy Clinic", -1).length - 1).isGreaterThanOrEqualTo(pages);
        }
    }

    @Test
    void metadataGivesTitleAuthorAndLanguage() throws IOException {
        byte[] pdf = RENDERER.render(demo(patient("Mary Smith", Locale.ENGLISH)));
        try (PDDocument document = Pdfs.open(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Home exercise programme: Forefoot plantar pain (metatarsalgia 2–4)");
            assertThat(info.getAuthor()).isEqualTo("Riverside Physiotherapy Clinic");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aSpanishSpeakingPatientGetsSpanishLabelsAndDates() throws IOException {
        byte[] pdf = RENDERER.render(demo(patient("María Fernández", Locale.of("es"))));
        Files.createDirectories(Path.of("target", "handout-samples"));
        Files.write(Path.of("target", "handout-samples", "handout-sample-es.pdf"), pdf);
        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("Su programa de un vistazo", "Sus ejercicios", "Posición inicial", "Posición final",
                "Pare si el dolor supera 5/10.", "Almohadillas, plantillas y calzado", "Diario de ejercicios",
                "Semana 1:", "Cómo avanzará su programa", "¿Dudas? Contacte con su profesional",
                "Impreso el 24 de noviembre de 2026").containsPattern("Página 1 de \\d+");
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Programa de ejercicios en casa: ");
        }
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void aSpanishSpeakingPatientReadsEveryDosageInSpanish() {
        var handout = demo(patient("María Fernández", Locale.of("es")));
        String text = Pdfs.flatText(RENDERER.render(handout));
        for (var prescribed : handout.content().exercises()) {
            assertThat(text).contains(prescribed.dosage().sentence(Locale.of("es")))
                    .doesNotContain(prescribed.dosage().sentence(Locale.ENGLISH));
        }
        assertThat(text).contains("2 series de 10 repeticiones, descanso de 30 segundos entre series — una vez al día, "
                + "5 días a la semana, ambos pies");
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToEnglish() {
        String text = Pdfs.flatText(RENDERER.render(demo(patient("Jan de Vries", Locale.of("nl")))));
        assertThat(text).contains("Your programme at a glance", "Printed November 24, 2026",
                "2 sets of 10 repetitions, rest 30 seconds between sets — once a day, 5 days a week, both feet");
        String british = Pdfs.flatText(RENDERER.render(demo(patient("Jan de Vries", Locale.UK))));
        assertThat(british).contains("Printed 24 November 2026");
    }

    @Test
    void cyrillicAndGreekNamesAreExtractableText() {
        var cyrillic = Pdfs.flatText(RENDERER.render(demo(patient("Александра Иванова", Locale.ENGLISH))));
        var greek = Pdfs.flatText(RENDERER.render(demo(patient("Δημήτρης Παπαδόπουλος", Locale.ENGLISH))));
        assertThat(cyrillic).contains("Александра Иванова · Ref.");
        assertThat(greek).contains("Δημήτρης Παπαδόπουλος · Ref.");
    }

    @Test
    void largePrintUsesAtLeastFourteenPointBodyText() throws IOException {
        var normal = RENDERER.render(demo(patient("Mary Smith", Locale.ENGLISH)));
        var large = RENDERER.render(demo(patient("Mary Smith", Locale.ENGLISH), ForefootFixtures.library(), true));
        Samples.write("handout-large-print.pdf", large);
        assertThat(FontSizes.smallestBodySize(normal)).isGreaterThanOrEqualTo(11f);
        assertThat(FontSizes.smallestBodySize(large)).isGreaterThanOrEqualTo(14f);
        try (var n = Pdfs.open(normal); var l = Pdfs.open(large)) {
            assertThat(l.getNumberOfPages()).isGreaterThan(n.getNumberOfPages());
        }
        Pdfs.assertStructurallyValid(large);
    }

    @Test
    void aProgrammeWithoutExercisesStillGivesAValidHandout() {
        var patient = patient("Mary Smith", Locale.ENGLISH);
        var content = new ProgrammeContent("Advice only", "", ForefootFixtures.START, ForefootFixtures.REVIEW,
                List.of(), List.of(), List.of(), ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(2), List.of());
        byte[] pdf = RENDERER.render(ForefootFixtures.handout(patient, content, List.of(), List.of(), false));
        assertThat(Pdfs.flatText(pdf)).contains("No exercises are prescribed", "Page 1 of");
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void fortyExercisesWithLongNotesFlowOverManyPages() throws IOException {
        var exercises = new ArrayList<Exercise>();
        for (int i = 1; i <= 40; i++) {
            exercises.add(Exercise.writtenBy(AccountId.newId(), new ExerciseDescription("Exercise number " + i,
                    BodyRegion.FOREFOOT, Set.of(ExercisePurpose.MOBILITY), List.of(),
                    List.of("Do step one of exercise " + i + ".", "Then do step two."), List.of(), List.of(), Set.of(),
                    List.of(new Level(1, "Only level", "", Dosage.reps(2, 8, 20, 1, 3, Side.LEFT, PainScore.of(4)))))));
        }
        var patient = patient("Mary Smith", Locale.ENGLISH);
        String note = "N".repeat(20) + " " + "a long note that goes on ".repeat(20);
        assertThat(note.length()).isGreaterThanOrEqualTo(480);
        var prescribed = exercises.stream()
                .map(e -> new PrescribedExercise(e.id(), 1, e.level(1).defaultDosage(), note.substring(0, 500)))
                .toList();
        var content = new ProgrammeContent("Everything", "", ForefootFixtures.START, ForefootFixtures.START.plusWeeks(10),
                prescribed, List.of(), List.of(), ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(2), List.of());
        byte[] pdf = RENDERER.render(ForefootFixtures.handout(patient, content, exercises, List.of(), false));
        Samples.write("handout-40-exercises.pdf", pdf);
        String text = Pdfs.flatText(pdf);
        for (int i = 1; i <= 40; i++) {
            assertThat(text).contains("Exercise number " + i + " ");
        }
        assertThat(text).contains("Week 6:").doesNotContain("Week 7:");
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(15);
        }
        Pdfs.assertStructurallyValid(pdf);
    }

    @Test
    void emojiAndRightToLeftNamesNeverBreakTheHandout() {
        var names = List.of("Sam 😀 Lee 👍🏽", "דוד כהן", "محمد علي", "李小龙", "Zoë 👨‍👩‍👧 O'Brien");
        for (String name : names) {
            byte[] pdf = RENDERER.render(demo(patient(name, Locale.ENGLISH)));
            Pdfs.assertStructurallyValid(pdf);
        }
        Samples.write("handout-rtl.pdf", RENDERER.render(demo(patient("דוד כהן 😀", Locale.ENGLISH))));
        String text = Pdfs.flatText(RENDERER.render(demo(patient("Sam 😀 Lee", Locale.ENGLISH))));
        assertThat(text).contains("Sam Lee");
    }

    @Test
    void clinicianPicturesAreShownAndCorruptOnesFallBackToThePlaceholder() throws IOException {
        var handout = demo(patient("Mary Smith", Locale.ENGLISH));
        var toeCurls = handout.exercises().values().stream().filter(e -> "toe-curls".equals(e.key())).findFirst()
                .orElseThrow();
        var marbles = handout.exercises().values().stream().filter(e -> "marble-pick-up".equals(e.key())).findFirst()
                .orElseThrow();
        var pictures = Illustrations.of(Map.of(
                toeCurls.id(), Map.of(ImagePosition.START, new ExerciseImage(png(400, 100), "image/png"),
                        ImagePosition.END, new ExerciseImage(png(100, 400), "image/png")),
                marbles.id(), Map.of(ImagePosition.START, new ExerciseImage(new byte[] {1, 2, 3, 4, 5}, "image/png"),
                        ImagePosition.END, new ExerciseImage("\u00ff\u00d8\u00ff not really a jpeg".getBytes(), "image/jpeg"))),
                Map.of());
        byte[] pdf = RENDERER.render(handout, pictures);
        Pdfs.assertStructurallyValid(pdf);
        assertThat(Pdfs.flatText(pdf)).doesNotContain("No picture"); // shipped exercises fall back to drawings
        assertThat(FontSizes.imageCount(pdf)).isEqualTo(2);
        assertThat(FontSizes.imageAspectRatios(pdf)).containsExactlyInAnyOrder(4.0f, 0.25f);

        Illustrations failing = (exercise, position) -> {
            throw new IllegalStateException("picture store down");
        };
        Pdfs.assertStructurallyValid(new HandoutRenderer(failing).render(handout));
    }

    @Test
    void aCloneOfAShippedExerciseKeepsItsOriginalsDrawings() {
        var shipped = Exercise.shipped("toe-curls", new ExerciseDescription("Toe curls", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH), List.of(), List.of("Curl the toes."), List.of(),
                List.of(), Set.of(), List.of(new Level(1, "Seated", "", Dosage.reps(1, 5, 0, 1, 3, Side.RIGHT,
                        PainScore.of(3))))));
        var clone = shipped.clonedFor(AccountId.newId());
        var content = new ProgrammeContent("Own copy", "", ForefootFixtures.START, ForefootFixtures.REVIEW,
                List.of(new PrescribedExercise(clone.id(), 1, clone.level(1).defaultDosage(), "")), List.of(),
                List.of(), ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(2), List.of());
        var handout = ForefootFixtures.handout(patient("Mary Smith", Locale.ENGLISH), content, List.of(clone),
                List.of(), false);

        String withDrawings = Pdfs.flatText(RENDERER.render(handout, Illustrations.of(Map.of(),
                Map.of(clone.id(), "toe-curls"))));
        String unknownOrigin = Pdfs.flatText(RENDERER.render(handout, Illustrations.none()));

        assertThat(withDrawings).doesNotContain("No picture");
        assertThat(unknownOrigin.split("No picture", -1).length - 1).isEqualTo(2);
    }

    @Test
    void aClinicianExerciseWithoutAReadablePictureGetsTheFramedPlaceholder() {
        var own = Exercise.writtenBy(AccountId.newId(), new ExerciseDescription("Towel slide", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.MOBILITY), List.of(), List.of("Slide the towel."), List.of(), List.of(),
                Set.of(), List.of(new Level(1, "Seated", "", Dosage.reps(1, 5, 0, 1, 3, Side.RIGHT, PainScore.of(3))))));
        var content = new ProgrammeContent("Own exercise", "", ForefootFixtures.START, ForefootFixtures.REVIEW,
                List.of(new PrescribedExercise(own.id(), 1, own.level(1).defaultDosage(), "")), List.of(), List.of(),
                ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(2), List.of());
        var handout = ForefootFixtures.handout(patient("Mary Smith", Locale.ENGLISH), content, List.of(own), List.of(),
                false);
        var corrupt = Illustrations.of(Map.of(own.id(),
                Map.of(ImagePosition.START, new ExerciseImage(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "image/png"))),
                Map.of());
        byte[] pdf = RENDERER.render(handout, corrupt);
        Pdfs.assertStructurallyValid(pdf);
        String text = Pdfs.flatText(pdf);
        assertThat(text.split("No picture", -1).length - 1).isEqualTo(2);
        assertThat(text).contains("Start position", "End position");
        assertThat(FontSizes.imageCount(pdf)).isZero();
    }

    @Test
    void renderingTheSameHandoutConcurrentlyGivesTheSameText() throws Exception {
        var handout = demo(patient("Αλέξανδρος Ντε Σόουζα", Locale.ENGLISH, HealthFlag.BALANCE_IMPAIRMENT));
        String expected = Pdfs.text(RENDERER.render(handout));
        try (var pool = Executors.newFixedThreadPool(4)) {
            var tasks = new ArrayList<Callable<byte[]>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> RENDERER.render(handout));
            }
            for (Future<byte[]> result : pool.invokeAll(tasks)) {
                byte[] pdf = result.get();
                assertThat(Pdfs.text(pdf)).isEqualTo(expected);
                Pdfs.assertStructurallyValid(pdf);
            }
        }
    }

    @Test
    void aMissingHandoutIsAClearError() {
        assertThatThrownBy(() -> RENDERER.render(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handout");
        var handout = demo(patient("Mary Smith", Locale.ENGLISH));
        assertThatThrownBy(() -> RENDERER.render(handout, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("illustrations");
    }

    @Test
    void theDiaryCoversTheWeeksToTheReviewBetweenTwoAndSix() {
        var start = ForefootFixtures.START;
        assertThat(HandoutRenderer.diaryWeeks(start, start.plusDays(3))).isEqualTo(2);
        assertThat(HandoutRenderer.diaryWeeks(start, start.plusWeeks(3))).isEqualTo(3);
        assertThat(HandoutRenderer.diaryWeeks(start, start.plusWeeks(3).plusDays(1))).isEqualTo(4);
        assertThat(HandoutRenderer.diaryWeeks(start, start.plusWeeks(26))).isEqualTo(6);
    }

    @Test
    void theShippedExercisesTranslatedForASpanishSpeakingPatientArePrintedInSpanishAndPassQpdf() {
        var spanish = Locale.of("es");
        var exercises = ForefootFixtures.library().stream()
                .map(exercise -> exercise.withShippedContent(exercise.description(),
                        ContentTranslations.of(spanish, inSpanish(exercise))).in(spanish))
                .toList();

        byte[] pdf = RENDERER.render(demo(patient("Lucía Hernández", spanish), exercises, false));
        Samples.write("handout-sample-es-content.pdf", pdf);

        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("Flexión de los dedos (arrugar una toalla)", "Baño de pies con agua tibia",
                "Nivel de los dedos 1", "Siga las indicaciones de su profesional para este ejercicio.");
        assertThat(text).doesNotContain("Toe curls (towel scrunch)", "Warm foot soak");
        Pdfs.assertStructurallyValid(pdf);
        if (Pdfs.qpdfAvailable()) {
            assertThat(Pdfs.qpdfCheck(pdf)).startsWith("OK:");
        }
    }

    private static ExerciseTranslation inSpanish(Exercise exercise) {
        var names = Map.of("toe-curls", "Flexión de los dedos (arrugar una toalla)",
                "warm-foot-soak", "Baño de pies con agua tibia");
        var levels = exercise.description().levels().stream()
                .map(level -> new LevelTranslation("Nivel de los dedos " + level.number(), "Siga las indicaciones."))
                .toList();
        return new ExerciseTranslation(names.getOrDefault(exercise.key(), "Ejercicio " + exercise.key()), List.of(),
                List.of("Siga las indicaciones de su profesional para este ejercicio."), List.of(), List.of(), levels);
    }

    @Test
    void qpdfFindsNoProblemInTheDemoHandout() {
        Pdfs.assumeQpdf();
        assertThat(Pdfs.qpdfCheck(RENDERER.render(demo(patient("Mary Smith", Locale.ENGLISH))))).startsWith("OK:");
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
