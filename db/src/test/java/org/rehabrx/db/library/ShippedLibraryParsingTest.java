package org.rehabrx.db.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.template.TemplateId;

/** How a library file is read, and how a mistake in one is reported: by key and field. */
class ShippedLibraryParsingTest {

    private static final String SOURCE = "tiny.yaml";

    /** The smallest valid library; each test changes one thing in it. */
    private static final String VALID = """
            libraryVersion: 1
            exercises:
              - key: toe-curls
                name: Toe curls
                bodyRegion: FOREFOOT
                purposes: [INTRINSIC_FOOT_STRENGTH]
                equipment: [A towel]
                steps: [Sit down., Curl your toes., Relax.]
                cues: [Heel down.]
                precautions: [Stop if it hurts.]
                cautionFlags: []
                levels:
                  - level: 1
                    name: Seated
                    instructions: Sit.
                    dosage: { sets: 2, reps: 10, restSeconds: 30, timesPerDay: 1, daysPerWeek: 5, side: BOTH, painLimit: 5 }
                  - level: 2
                    name: Standing
                    instructions: Stand.
                    dosage: { sets: 3, holdSeconds: 10, restSeconds: 30, timesPerDay: 1, daysPerWeek: 5, side: BOTH, painLimit: 5 }
            educationBlocks:
              - key: callus-care
                topic: CALLUS_CARE
                title: Callus care
                paragraphs: [File it., Repeat it.]
                repeat: { minMonths: 2, maxMonths: 3 }
            template:
              key: tiny
              name: Tiny template
              exercises:
                - { exercise: toe-curls, level: 1 }
              orthoticNotes:
                - { type: METATARSAL_PAD, side: LEFT, wearSchedule: All day }
              educationBlocks: [callus-care]
              progressionRules: PAIN_MONITORING_MODEL
            """;

    @Test
    void theSmallestValidLibraryReads() {
        var library = ShippedLibrary.parse(VALID, SOURCE);

        assertThat(library.exercises()).containsOnlyKeys("toe-curls");
        assertThat(library.exercises().get("toe-curls").levels().get(1).defaultDosage().holdSeconds()).isEqualTo(10);
        assertThat(library.educationBlocks()).containsOnlyKeys("callus-care");
        assertThat(library.template().exercises().getFirst().dosage())
                .isEqualTo(library.exercises().get("toe-curls").levels().getFirst().defaultDosage());
        assertThat(library.template().orthoticNotes().getFirst().placement()).isEmpty();
        assertThat(library.template().description()).isEmpty();
    }

    @Test
    void spanishBlocksBesideTheEnglishFieldsReadAsTranslations() {
        var library = ShippedLibrary.parse(VALID
                .replace("    cautionFlags: []\n", """
                    cautionFlags: []
                    es: { name: Flexión de los dedos, steps: [Siéntese., Doble los dedos.] }
                """)
                .replace("        instructions: Sit.\n", """
                        instructions: Sit.
                        es: { name: Sentado, instructions: Siéntese. }
                """)
                .replace("        instructions: Stand.\n", """
                        instructions: Stand.
                        es: { name: De pie }
                """)
                .replace("    repeat: { minMonths: 2, maxMonths: 3 }\n", """
                    repeat: { minMonths: 2, maxMonths: 3 }
                    es: { title: Cuidado de las callosidades, paragraphs: [Límela., Repítalo.] }
                """), SOURCE);

        var spanish = Locale.of("es");
        var toeCurls = library.translationsOf("toe-curls").in(spanish).orElseThrow();
        assertThat(toeCurls.name()).isEqualTo("Flexión de los dedos");
        assertThat(toeCurls.applyTo(library.exercises().get("toe-curls")).levels())
                .extracting(Level::name).containsExactly("Sentado", "De pie");
        assertThat(library.educationBlocks().get("callus-care").translations().in(spanish).orElseThrow().title())
                .isEqualTo("Cuidado de las callosidades");
        assertThat(library.template().translations().isEmpty()).isTrue();
    }

    @Test
    void aTranslatedExerciseWithAnUntranslatedLevelIsRefused() {
        assertThatThrownBy(() -> ShippedLibrary.parse(VALID.replace("    cautionFlags: []\n", """
                    cautionFlags: []
                    es: { name: Flexión de los dedos, steps: [Siéntese.] }
                """), SOURCE))
                .isInstanceOf(InvalidLibraryException.class)
                .hasMessageContaining("exercise 'toe-curls'")
                .hasMessageContaining("translate every level into 'es'");
    }

    @Test
    void aTemplateExerciseMayGiveItsOwnLevelAndDosageAndNote() {
        var library = ShippedLibrary.parse(VALID.replace("- { exercise: toe-curls, level: 1 }", """
                - exercise: toe-curls
                      level: 2
                      note: Only once balance is good.
                      dosage: { sets: 1, holdSeconds: 20, restSeconds: 0, timesPerDay: 2, daysPerWeek: 7, side: RIGHT, painLimit: 3 }"""),
                SOURCE);

        var prescribed = library.template().exercises().getFirst();
        assertThat(prescribed.level()).isEqualTo(2);
        assertThat(prescribed.note()).isEqualTo("Only once balance is good.");
        assertThat(prescribed.dosage().holdSeconds()).isEqualTo(20);
        assertThat(prescribed.dosage().side().name()).isEqualTo("RIGHT");
    }

    @Test
    void aLoadIsReadAsADecimalAmountInItsUnit() {
        var library = ShippedLibrary.parse(VALID.replace("restSeconds: 30, timesPerDay: 1, daysPerWeek: 5, side: BOTH, painLimit: 5 }\n      - level: 2",
                "restSeconds: 30, load: { amount: 0.5, unit: KG }, timesPerDay: 1, daysPerWeek: 5, side: BOTH, painLimit: 5 }\n      - level: 2"),
                SOURCE);

        assertThat(library.exercises().get("toe-curls").levels().getFirst().defaultDosage().load())
                .isEqualTo(new Load(new BigDecimal("0.5"), LoadUnit.KG));
    }

    @Test
    void aLevelWithBothRepetitionsAndAHoldIsRefusedNamingTheExerciseAndLevel() {
        refused(VALID.replace("sets: 2, reps: 10,", "sets: 2, reps: 10, holdSeconds: 5,"))
                .hasMessageContaining("tiny.yaml")
                .hasMessageContaining("exercise 'toe-curls', level 1, dosage")
                .hasMessageContaining("Give exactly one of repetitions, hold time or duration");
    }

    @Test
    void aDosageBeyondTheDomainLimitsIsRefused() {
        refused(VALID.replace("sets: 2, reps: 10,", "sets: 11, reps: 10,"))
                .hasMessageContaining("exercise 'toe-curls', level 1, dosage")
                .hasMessageContaining("Sets must be from 1 to 10");
        refused(VALID.replace("sets: 2, reps: 10, restSeconds: 30, timesPerDay: 1",
                "sets: 2, reps: 10, restSeconds: 30, timesPerDay: 13"))
                .hasMessageContaining("Times per day must be from 1 to 12");
    }

    @Test
    void aPainLimitOutsideZeroToTenIsRefusedAtThatField() {
        refused(VALID.replace("side: BOTH, painLimit: 5 }\n      - level: 2", "side: BOTH, painLimit: 11 }\n      - level: 2"))
                .hasMessageContaining("exercise 'toe-curls', level 1, dosage, field 'painLimit'")
                .hasMessageContaining("0 (none) to 10");
    }

    @Test
    void anUnknownExerciseInTheTemplateIsRefusedNamingTheTemplateAndTheKey() {
        refused(VALID.replace("- { exercise: toe-curls, level: 1 }", "- { exercise: towel-curls, level: 1 }"))
                .hasMessageContaining("template 'tiny', exercise 'towel-curls'")
                .hasMessageContaining("no exercise with this key");
    }

    @Test
    void anUnknownEducationBlockInTheTemplateIsRefused() {
        refused(VALID.replace("educationBlocks: [callus-care]", "educationBlocks: [callus-care, footwear]"))
                .hasMessageContaining("template 'tiny', field 'educationBlocks'")
                .hasMessageContaining("'footwear'");
    }

    @Test
    void aTemplateLevelTheExerciseDoesNotHaveIsRefused() {
        refused(VALID.replace("- { exercise: toe-curls, level: 1 }", "- { exercise: toe-curls, level: 3 }"))
                .hasMessageContaining("template 'tiny', exercise 'toe-curls', field 'level'")
                .hasMessageContaining("levels 1 to 2, not 3");
    }

    @Test
    void anExerciseTwiceInTheTemplateIsRefused() {
        refused(VALID.replace("- { exercise: toe-curls, level: 1 }",
                "- { exercise: toe-curls, level: 1 }\n    - { exercise: toe-curls, level: 2 }"))
                .hasMessageContaining("template 'tiny', exercise 'toe-curls'")
                .hasMessageContaining("more than once");
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        String secondExercise = VALID.substring(VALID.indexOf("  - key: toe-curls"), VALID.indexOf("educationBlocks:"));
        refused(VALID.replace("educationBlocks:\n  - key", secondExercise + "educationBlocks:\n  - key"))
                .hasMessageContaining("exercise 'toe-curls'")
                .hasMessageContaining("used by an earlier exercise");
        String secondBlock = VALID.substring(VALID.indexOf("  - key: callus-care"), VALID.indexOf("template:"));
        refused(VALID.replace("template:", secondBlock + "template:"))
                .hasMessageContaining("education block 'callus-care'")
                .hasMessageContaining("used by an earlier education block");
    }

    @Test
    void aKeyThatIsNotKebabCaseIsRefused() {
        refused(VALID.replace("key: toe-curls", "key: Toe_Curls"))
                .hasMessageContaining("field 'key'")
                .hasMessageContaining("'Toe_Curls' is not a key");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        refused(VALID.replace("holdSeconds: 10", "holdSecond: 10"))
                .hasMessageContaining("exercise 'toe-curls', level 2, dosage")
                .hasMessageContaining("unknown field 'holdSecond'");
    }

    @Test
    void levelsOutOfOrderAreRefusedNamingTheExercise() {
        refused(VALID.replace("level: 2\n        name: Standing", "level: 3\n        name: Standing"))
                .hasMessageContaining("exercise 'toe-curls'")
                .hasMessageContaining("Levels must be numbered 1 to 2 in order");
    }

    @Test
    void anUnknownConstantIsRefusedListingTheKnownOnes() {
        refused(VALID.replace("bodyRegion: FOREFOOT", "bodyRegion: TOES"))
                .hasMessageContaining("exercise 'toe-curls', field 'bodyRegion'")
                .hasMessageContaining("'TOES' is not one of FOREFOOT, FOOT_AND_ANKLE, LOWER_LEG");
        refused(VALID.replace("cautionFlags: []", "cautionFlags: [DIABETES]"))
                .hasMessageContaining("field 'cautionFlags'")
                .hasMessageContaining("'DIABETES'");
    }

    @Test
    void aBlankNameIsRefusedWithTheDomainsMessage() {
        refused(VALID.replace("name: Toe curls", "name: \"  \""))
                .hasMessageContaining("exercise 'toe-curls'")
                .hasMessageContaining("Enter the exercise name.");
    }

    @Test
    void aYesOrNoWhereTextBelongsIsRefusedWithAHintToQuoteIt() {
        refused(VALID.replace("name: Seated", "name: yes"))
                .hasMessageContaining("exercise 'toe-curls', level 1, field 'name'")
                .hasMessageContaining("put it in quotes");
    }

    @Test
    void anImpossibleRepeatIntervalIsRefusedNamingTheBlock() {
        refused(VALID.replace("repeat: { minMonths: 2, maxMonths: 3 }", "repeat: { minMonths: 3, maxMonths: 2 }"))
                .hasMessageContaining("education block 'callus-care', repeat")
                .hasMessageContaining("shorter bound first");
    }

    @Test
    void anOrthoticNoteWithoutAWearScheduleIsRefused() {
        refused(VALID.replace(", wearSchedule: All day", ""))
                .hasMessageContaining("template 'tiny', orthoticNotes entry 1 (METATARSAL_PAD), field 'wearSchedule'")
                .hasMessageContaining("missing");
    }

    @Test
    void unknownProgressionRulesAreRefused() {
        refused(VALID.replace("progressionRules: PAIN_MONITORING_MODEL", "progressionRules: FAST"))
                .hasMessageContaining("template 'tiny', field 'progressionRules'")
                .hasMessageContaining("PAIN_MONITORING_MODEL");
    }

    @Test
    void aNewerFormatVersionIsRefused() {
        refused(VALID.replace("libraryVersion: 1", "libraryVersion: 2"))
                .hasMessageContaining("field 'libraryVersion'")
                .hasMessageContaining("version 2 is not supported");
    }

    @Test
    void aFieldGivenTwiceInOneMappingIsRefused() {
        refused(VALID.replace("name: Toe curls", "name: Toe curls\n    name: Towel curls"))
                .hasMessageContaining("tiny.yaml")
                .hasMessageContaining("name");
    }

    @Test
    void yamlTagsThatWouldCreateArbitraryObjectsAreRefused() {
        refused(VALID.replace("name: Toe curls", "name: !!java.io.File [\"/etc/passwd\"]"))
                .hasMessageContaining("tiny.yaml")
                .hasMessageContaining("not readable as YAML");
        refused("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]")
                .hasMessageContaining("not readable as YAML");
    }

    @Test
    void somethingOtherThanAMappingIsRefused() {
        refused("- just\n- a list\n").hasMessageContaining("expected a mapping");
        refused("").hasMessageContaining("expected a mapping");
    }

    @Test
    void aLibraryBuiltInCodeMustStillResolveItsTemplate() {
        var library = ShippedLibrary.parse(VALID, SOURCE);

        assertThatThrownBy(() -> new ShippedLibrary(1, Map.of(), library.educationBlocks(), library.template()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Template 'tiny'").hasMessageContaining("'toe-curls'");
        assertThatThrownBy(() -> new ShippedLibrary(1, library.exercises(), Map.of(), library.template()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Template 'tiny'").hasMessageContaining("'callus-care'");
        assertThatThrownBy(() -> library.template().toTemplate(TemplateId.newId(), 0, Map.of(),
                Map.of("callus-care", EducationBlockId.newId())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no exercise with the key 'toe-curls' is stored");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
        return assertThatThrownBy(() -> ShippedLibrary.parse(yaml, SOURCE)).isInstanceOf(InvalidLibraryException.class);
    }
}
