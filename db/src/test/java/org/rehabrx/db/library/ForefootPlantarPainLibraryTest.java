package org.rehabrx.db.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.template.TemplateId;

/** The shipped forefoot plantar pain library: that it loads and says what the clinical brief asks for. */
class ForefootPlantarPainLibraryTest {

    private static final ShippedLibrary LIBRARY = ShippedLibrary.forefootPlantarPain();

    @Test
    void theFileIsLabelledAsAClinicianEditableStartingPointInFormatVersion1() throws IOException {
        String text;
        try (var stream = getClass().getClassLoader().getResourceAsStream(ShippedLibrary.FOREFOOT_PLANTAR_PAIN)) {
            assertThat(stream).isNotNull();
            text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        var header = text.substring(0, text.indexOf("libraryVersion:"));
        assertThat(header).contains("clinician-editable starting point").contains("NOT medical advice");
        assertThat(header.lines()).allMatch(line -> line.isBlank() || line.startsWith("#"));
        assertThat(LIBRARY.libraryVersion()).isEqualTo(1);
    }

    @Test
    void atLeastSevenExercisesEachWithThreeOrMoreNamedLevelsAndFollowableSteps() {
        assertThat(LIBRARY.exercises()).hasSizeGreaterThanOrEqualTo(7);
        LIBRARY.exercises().forEach((key, exercise) -> {
            assertThat(key).as("key").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(exercise.steps()).as(key + " steps").hasSizeBetween(3, 6);
            assertThat(exercise.cues()).as(key + " cues").isNotEmpty();
            assertThat(exercise.precautions()).as(key + " precautions").isNotEmpty();
            assertThat(exercise.equipment()).as(key + " equipment").isNotEmpty();
            assertThat(exercise.levels()).as(key + " levels").hasSizeGreaterThanOrEqualTo(3);
            assertThat(exercise.levels()).extracting(Level::instructions).as(key + " level instructions")
                    .allMatch(instructions -> !instructions.isBlank());
            assertThat(exercise.levels()).extracting(Level::name).as(key + " level names").doesNotHaveDuplicates();
        });
    }

    @Test
    void everyDefaultDosageIsValidMeasuredOneWayForBothFeetAndStopsAtFiveOrLess() {
        var painLimits = new HashMap<Integer, Integer>();
        LIBRARY.exercises().forEach((key, exercise) -> {
            for (var level : exercise.levels()) {
                Dosage dosage = level.defaultDosage();
                String where = key + " level " + level.number();
                assertThat(Dosage.problems(dosage.sets(), dosage.reps(), dosage.holdSeconds(),
                        dosage.durationMinutes(), dosage.restSeconds(), dosage.timesPerDay(), dosage.daysPerWeek()))
                        .as(where).isEmpty();
                int measures = (dosage.reps() == null ? 0 : 1) + (dosage.holdSeconds() == null ? 0 : 1)
                        + (dosage.durationMinutes() == null ? 0 : 1);
                assertThat(measures).as(where + " measures").isEqualTo(1);
                assertThat(dosage.side()).as(where + " side").isEqualTo(Side.BOTH);
                assertThat(dosage.painLimit().value()).as(where + " pain limit").isBetween(1, 5);
                painLimits.merge(dosage.painLimit().value(), 1, Integer::sum);
            }
        });
        int levels = painLimits.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(painLimits.getOrDefault(5, 0)).as("levels stopping at the pain-monitoring model's 5/10")
                .isGreaterThan(levels * 3 / 4);
    }

    @Test
    void theSuggestedExercisesArePresentUnderStableKeys() {
        assertThat(LIBRARY.exercises()).containsKeys("toe-curls", "marble-pick-up", "short-foot-doming",
                "heel-raises-to-hops", "barefoot-walking", "lateral-border-walking", "warm-foot-soak");
        assertThat(LIBRARY.exercises().get("warm-foot-soak").name()).isEqualTo("Warm foot soak");
        assertThat(LIBRARY.exercises().values()).extracting(ExerciseDescription::name).doesNotHaveDuplicates();
    }

    @Test
    void theSoakIsTimedOnceADayForTenToFifteenMinutes() {
        for (var level : LIBRARY.exercises().get("warm-foot-soak").levels()) {
            assertThat(level.defaultDosage().durationMinutes()).isBetween(10, 15);
            assertThat(level.defaultDosage().sets()).isEqualTo(1);
            assertThat(level.defaultDosage().timesPerDay()).isEqualTo(1);
        }
    }

    @Test
    void exercisesThatNeedIntactSkinAndFeelingCarryTheFlagsThatRaiseACaution() {
        var exercises = LIBRARY.exercises();
        assertThat(exercises.get("warm-foot-soak").cautionFlags()).contains(HealthFlag.REDUCED_FOOT_SENSATION,
                HealthFlag.CIRCULATION_PROBLEM, HealthFlag.OPEN_WOUND);
        assertThat(exercises.get("barefoot-walking").cautionFlags()).contains(HealthFlag.REDUCED_FOOT_SENSATION,
                HealthFlag.OPEN_WOUND);
        assertThat(exercises.get("heel-raises-to-hops").cautionFlags()).contains(HealthFlag.OSTEOPOROSIS,
                HealthFlag.BALANCE_IMPAIRMENT);
        assertThat(exercises.get("lateral-border-walking").cautionFlags()).contains(HealthFlag.BALANCE_IMPAIRMENT);
        assertThat(exercises.get("toe-curls").cautionFlags()).doesNotContain(HealthFlag.REDUCED_FOOT_SENSATION);
    }

    @Test
    void aFlagThatConcernsOnlyTheHarderLevelsIsExplainedInThePrecautions() {
        var hops = LIBRARY.exercises().get("heel-raises-to-hops");
        assertThat(hops.levels()).extracting(Level::name).containsSubsequence("Bounces in place", "Small hops");
        assertThat(String.join(" ", hops.precautions())).contains("levels 2 and 3").contains("level 1");
        var doming = LIBRARY.exercises().get("short-foot-doming");
        assertThat(doming.levels().get(2).name()).containsIgnoringCase("single-leg");
        assertThat(String.join(" ", doming.precautions())).contains("level 3");
    }

    @Test
    void theFourEducationTopicsArePresentOnceWithTwoToFiveParagraphs() {
        var blocks = LIBRARY.educationBlocks().values();
        assertThat(blocks).extracting(ShippedEducationBlock::topic)
                .containsExactlyInAnyOrder(EducationTopic.values());
        assertThat(blocks).allSatisfy(block -> assertThat(block.paragraphs()).hasSizeBetween(2, 5));
    }

    @Test
    void onlyCallusCareRepeatsAndItRepeatsEveryTwoToThreeMonths() {
        var byTopic = LIBRARY.educationBlocks().values().stream()
                .collect(Collectors.toMap(ShippedEducationBlock::topic, block -> block));
        assertThat(byTopic.get(EducationTopic.CALLUS_CARE).repeat()).isEqualTo(new RepeatInterval(2, 3));
        assertThat(byTopic.get(EducationTopic.FOOTWEAR).repeat()).isNull();
        assertThat(byTopic.get(EducationTopic.EXERCISE_PRECAUTIONS).repeat()).isNull();
        assertThat(byTopic.get(EducationTopic.MEDICAL_REVIEW).repeat()).isNull();
    }

    @Test
    void footwearCallusCareAndExercisingSafelySayWhatTheBriefAsks() {
        assertThat(textOf(EducationTopic.FOOTWEAR)).contains("thin-soled", "hard ground", "narrow", "high heels",
                "made to measure", "insoles");
        assertThat(textOf(EducationTopic.CALLUS_CARE)).contains("podiatrist", "foot file", "does not cure",
                "every 2 to 3 months");
        assertThat(textOf(EducationTopic.EXERCISE_PRECAUTIONS)).contains("your own body", "Warm up",
                "one step at a time", "Rest enough", "do not overdo it", "deep bends", "calcium", "vitamin D");
    }

    @Test
    void medicalReviewCoversPersistingPainXRayMedicationSurgeryAndRedFlags() {
        assertThat(textOf(EducationTopic.MEDICAL_REVIEW)).contains("doctor", "X-ray", "anti-inflammatory", "operation", "numbness",
                "does not heal", "redness", "fever");
    }

    @Test
    void theTemplateIsNamedAsInTheBriefAndStartsEveryExerciseOnceAtLevelOneWithItsDefaultDosage() {
        var template = LIBRARY.template();
        assertThat(template.key()).isEqualTo("forefoot-plantar-pain");
        assertThat(template.name()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(template.description()).isNotBlank();
        assertThat(template.goal()).isNotBlank();
        assertThat(template.exercises()).extracting(ShippedTemplateExercise::exerciseKey)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LIBRARY.exercises().keySet());
        for (var prescribed : template.exercises()) {
            assertThat(prescribed.level()).isEqualTo(1);
            assertThat(prescribed.dosage()).as(prescribed.exerciseKey())
                    .isEqualTo(LIBRARY.exercises().get(prescribed.exerciseKey()).levels().getFirst().defaultDosage());
        }
    }

    @Test
    void theTemplateSuggestsTheOrthoticLadderInOrder() {
        var notes = LIBRARY.template().orthoticNotes();
        assertThat(notes).extracting(OrthoticNote::type).containsExactly(OrthoticType.METATARSAL_PAD,
                OrthoticType.SOLE_MODIFICATION, OrthoticType.FOOT_ORTHOSIS, OrthoticType.FOOTWEAR_CHANGE);
        assertThat(notes).allSatisfy(note -> {
            assertThat(note.wearSchedule()).isNotBlank();
            assertThat(note.instructions()).isNotBlank();
        });
        assertThat(notes.subList(0, 3)).allSatisfy(note -> assertThat(note.placement()).isNotBlank());
    }

    @Test
    void theTemplateIncludesAllFourEducationBlocksAndThePainMonitoringModel() {
        assertThat(LIBRARY.template().educationBlockKeys())
                .containsExactlyInAnyOrderElementsOf(LIBRARY.educationBlocks().keySet())
                .hasSize(4);
        assertThat(LIBRARY.template().rules()).isEqualTo(ProgressionRules.PAIN_MONITORING_MODEL);
    }

    @Test
    void theResolvedTemplateStartsAProgramme() {
        var exerciseIds = new HashMap<String, ExerciseId>();
        LIBRARY.exercises().keySet().forEach(key -> exerciseIds.put(key, ExerciseId.newId()));
        Map<String, EducationBlockId> blockIds = new HashMap<>();
        LIBRARY.educationBlocks().keySet().forEach(key -> blockIds.put(key, EducationBlockId.newId()));

        var template = LIBRARY.template().toTemplate(TemplateId.newId(), 0, exerciseIds, blockIds);
        var content = template.toContent(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), PainScore.of(3), Side.RIGHT);

        assertThat(content.title()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(content.exercises()).hasSize(LIBRARY.exercises().size());
        assertThat(content.educationBlocks()).containsExactlyInAnyOrderElementsOf(blockIds.values());
        assertThat(content.orthoticNotes()).extracting(OrthoticNote::type)
                .containsExactly(OrthoticType.METATARSAL_PAD, OrthoticType.FOOTWEAR_CHANGE);
        assertThat(content.orthoticNotes()).extracting(OrthoticNote::side).containsOnly(Side.RIGHT);
        assertThat(new HashSet<>(content.exercises().stream().map(p -> p.exercise()).toList()))
                .isEqualTo(new HashSet<>(exerciseIds.values()));
    }

    @Test
    void readingTheFileTwiceGivesEqualContent() {
        assertThat(ShippedLibrary.forefootPlantarPain()).isEqualTo(LIBRARY);
    }

    private static String textOf(EducationTopic topic) {
        var block = LIBRARY.educationBlocks().values().stream()
                .filter(candidate -> candidate.topic() == topic).findFirst().orElseThrow();
        return String.join(" ", block.paragraphs());
    }
}
