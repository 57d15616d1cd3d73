package org.rehabrx.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.ContentTranslations;

class TemplateTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 17);
    private static final PainScore LIMIT = PainScore.of(5);

    private final PrescribedExercise toeCurls = new PrescribedExercise(ExerciseId.newId(), 1,
            Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT), "");
    private final PrescribedExercise marblePickUp = new PrescribedExercise(ExerciseId.newId(), 1,
            Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, LIMIT), "Use a shallow bowl.");
    private final OrthoticNote pad = new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.BOTH,
            "just behind the 2nd–4th metatarsal heads", "all day in outdoor shoes", "");
    private final EducationBlockId footwear = EducationBlockId.newId();
    private final EducationBlockId callusCare = EducationBlockId.newId();

    private Template forefoot(List<PrescribedExercise> exercises) {
        return new Template(TemplateId.newId(), "forefoot-plantar-pain", " Forefoot plantar pain (metatarsalgia 2–4) ",
                "Starting point for central metatarsalgia; tailor to the patient.",
                "Walk without pain under the ball of the foot", exercises, List.of(pad),
                List.of(footwear, callusCare), ProgressionRules.PAIN_MONITORING_MODEL, 0);
    }

    @Test
    void buildsTheFirstContentOfAProgramme() {
        var template = forefoot(List.of(toeCurls, marblePickUp));

        var content = template.toContent(START, START.plusWeeks(6), PainScore.of(4), Side.BOTH);

        assertThat(content.title()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(content.goal()).isEqualTo("Walk without pain under the ball of the foot");
        assertThat(content.startDate()).isEqualTo(START);
        assertThat(content.reviewDate()).isEqualTo(START.plusWeeks(6));
        assertThat(content.exercises()).containsExactly(toeCurls, marblePickUp);
        assertThat(content.orthoticNotes()).containsExactly(pad);
        assertThat(content.educationBlocks()).containsExactly(footwear, callusCare);
        assertThat(content.rules()).isEqualTo(ProgressionRules.PAIN_MONITORING_MODEL);
        assertThat(content.baselinePain()).isEqualTo(PainScore.of(4));
        assertThat(content.acknowledgements()).isEmpty();
    }

    @Test
    void theContentStillChecksTheDates() {
        var template = forefoot(List.of(toeCurls));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> template.toContent(START, START, PainScore.of(4), Side.BOTH))
                .withMessage("The review date must be after the start date.");
    }

    @Test
    void aTemplateNeedsAName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Template(TemplateId.newId(), null, " ", "", "", List.of(), List.of(), List.of(),
                        ProgressionRules.PAIN_MONITORING_MODEL, 0))
                .withMessage("Enter the template name.");
    }

    @Test
    void listsAreCopied() {
        var exercises = new ArrayList<>(List.of(toeCurls));
        var template = forefoot(exercises);

        exercises.add(marblePickUp);

        assertThat(template.exercises()).containsExactly(toeCurls);
        assertThat(template.toContent(START, START.plusWeeks(6), PainScore.NONE, Side.BOTH).exercises())
                .containsExactly(toeCurls);
    }

    @Test
    void storedAsKeepsEverythingButTheVersion() {
        var template = forefoot(List.of(toeCurls));

        var stored = template.storedAs(3);

        assertThat(template.isNew()).isTrue();
        assertThat(stored.isNew()).isFalse();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(template);
    }

    @Test
    void refusesTheSameExerciseTwiceWhenTheTemplateIsMadeNotWhenItIsUsed() {
        var toeCurlsAgain = new PrescribedExercise(toeCurls.exercise(), 2, toeCurls.dosage(), "");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> forefoot(List.of(toeCurls, toeCurlsAgain)))
                .withMessage("Each exercise can appear only once in a template.");
    }

    @Test
    void aProgrammeStartsOnTheFirstRungOfTheOrthoticLadderForTheTreatedSideOnly() {
        var rocker = new OrthoticNote(OrthoticType.SOLE_MODIFICATION, Side.BOTH, "rocker sole", "outdoor shoes", "");
        var orthosis = new OrthoticNote(OrthoticType.FOOT_ORTHOSIS, Side.BOTH, "", "all day", "");
        var shoes = new OrthoticNote(OrthoticType.FOOTWEAR_CHANGE, Side.BOTH, "", "every day",
                "Wide toe box, cushioned sole");
        var template = new Template(TemplateId.newId(), "forefoot-plantar-pain", "Forefoot", "", "",
                List.of(toeCurls), List.of(pad, rocker, orthosis, shoes), List.of(),
                ProgressionRules.PAIN_MONITORING_MODEL, 0);

        var content = template.toContent(START, START.plusWeeks(6), PainScore.of(2), Side.LEFT);

        assertThat(content.orthoticNotes()).extracting(OrthoticNote::type)
                .containsExactly(OrthoticType.METATARSAL_PAD, OrthoticType.FOOTWEAR_CHANGE);
        assertThat(content.orthoticNotes()).extracting(OrthoticNote::side).containsOnly(Side.LEFT);
        assertThat(template.orthoticNotes()).hasSize(4);
    }

    @Test
    void forASpanishSpeakingPatientTheProgrammeStartsWithTheSpanishTitleGoalAndOrthoticNotes() {
        var spanish = new TemplateTranslation("Dolor plantar del antepié (metatarsalgia 2–4)", "",
                "Caminar sin dolor bajo la parte delantera del pie",
                List.of(new OrthoticNoteTranslation("justo detrás de las cabezas metatarsales 2.ª a 4.ª",
                        "todo el día con el calzado de calle", "")));
        var template = new Template(TemplateId.newId(), "forefoot-plantar-pain", "Forefoot plantar pain", "",
                "Walk without pain under the ball of the foot", List.of(toeCurls), List.of(pad), List.of(),
                ProgressionRules.PAIN_MONITORING_MODEL, 0, ContentTranslations.of(Locale.of("es"), spanish));

        var content = template.toContent(START, START.plusWeeks(6), PainScore.of(2), Side.RIGHT,
                Locale.forLanguageTag("es-ES"));

        assertThat(content.title()).isEqualTo("Dolor plantar del antepié (metatarsalgia 2–4)");
        assertThat(content.goal()).isEqualTo("Caminar sin dolor bajo la parte delantera del pie");
        assertThat(content.orthoticNotes()).containsExactly(new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.RIGHT,
                "justo detrás de las cabezas metatarsales 2.ª a 4.ª", "todo el día con el calzado de calle", ""));
        assertThat(template.toContent(START, START.plusWeeks(6), PainScore.of(2), Side.RIGHT, Locale.ENGLISH))
                .isEqualTo(template.toContent(START, START.plusWeeks(6), PainScore.of(2), Side.RIGHT));
    }

    @Test
    void aTranslationNeedsOneNoteForEachSuggestedOrthoticNote() {
        var spanish = new TemplateTranslation("Dolor plantar del antepié", "", "", List.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Template(TemplateId.newId(), "forefoot-plantar-pain", "Forefoot", "", "",
                        List.of(toeCurls), List.of(pad), List.of(), ProgressionRules.PAIN_MONITORING_MODEL, 0,
                        ContentTranslations.of(Locale.of("es"), spanish)))
                .withMessageContaining("0 orthotic notes; the template has 1");
    }
}
