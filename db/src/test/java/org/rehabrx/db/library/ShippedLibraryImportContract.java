package org.rehabrx.db.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.core.template.Templates;
import org.rehabrx.db.library.ShippedLibraryImport.Item;
import org.rehabrx.db.library.ShippedLibraryImport.Kind;

/**
 * What importing the shipped library does to the stored library, whatever stores it. Each subclass gives
 * fresh, empty ports for every test.
 */
abstract class ShippedLibraryImportContract {

    static final ShippedLibrary LIBRARY = ShippedLibrary.forefootPlantarPain();
    static final String TEMPLATE_KEY = "forefoot-plantar-pain";
    static final Locale SPANISH = Locale.of("es");

    Exercises exercises;
    EducationBlocks educationBlocks;
    Templates templates;
    ShippedLibraryImport libraryImport;

    /** Ports over a library with nothing stored yet. */
    abstract Ports emptyPorts();

    record Ports(Exercises exercises, EducationBlocks educationBlocks, Templates templates) {
    }

    @BeforeEach
    void startEmpty() {
        var ports = emptyPorts();
        exercises = ports.exercises();
        educationBlocks = ports.educationBlocks();
        templates = ports.templates();
        libraryImport = new ShippedLibraryImport(exercises, educationBlocks, templates);
    }

    @Test
    void theFirstImportCreatesEverythingAsShippedContent() {
        var summary = libraryImport.importLibrary(LIBRARY);

        assertThat(summary.createdCount()).isEqualTo(LIBRARY.exercises().size() + LIBRARY.educationBlocks().size() + 1);
        assertThat(summary.updatedCount()).isZero();
        assertThat(summary.unchangedCount()).isZero();
        LIBRARY.exercises().forEach((key, description) -> {
            var stored = exercises.findByKey(key).orElseThrow();
            assertThat(stored.isShipped()).isTrue();
            assertThat(stored.description()).as(key).isEqualTo(description);
            assertThat(stored.version()).isEqualTo(1);
        });
        LIBRARY.educationBlocks().forEach((key, content) -> {
            var stored = educationBlocks.findByKey(key).orElseThrow();
            assertThat(content.sameContentAs(stored)).as(key).isTrue();
            assertThat(stored.repeat()).isEqualTo(content.repeat());
        });
        var template = templates.findByKey(TEMPLATE_KEY).orElseThrow();
        assertThat(template.name()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(template.orthoticNotes()).isEqualTo(LIBRARY.template().orthoticNotes());
        assertThat(template.rules()).isEqualTo(LIBRARY.template().rules());
    }

    @Test
    void theTemplateRefersToTheStoredExercisesAndBlocks() {
        libraryImport.importLibrary(LIBRARY);

        var template = templates.findByKey(TEMPLATE_KEY).orElseThrow();
        var expectedExercises = LIBRARY.template().exercises().stream()
                .map(shipped -> new PrescribedExercise(exercises.findByKey(shipped.exerciseKey()).orElseThrow().id(),
                        shipped.level(), shipped.dosage(), shipped.note()))
                .toList();
        assertThat(template.exercises()).isEqualTo(expectedExercises);
        assertThat(template.educationBlocks()).isEqualTo(LIBRARY.template().educationBlockKeys().stream()
                .map(key -> educationBlocks.findByKey(key).orElseThrow().id()).toList());
    }

    @Test
    void importingTheSameLibraryAgainChangesNothing() {
        libraryImport.importLibrary(LIBRARY);
        var before = snapshot();

        var summary = libraryImport.importLibrary(LIBRARY);

        assertThat(summary.created()).isEmpty();
        assertThat(summary.updated()).isEmpty();
        assertThat(summary.changedAnything()).isFalse();
        assertThat(summary.unchangedCount()).isEqualTo(LIBRARY.exercises().size() + LIBRARY.educationBlocks().size() + 1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theSpanishTextOfEveryShippedEntryIsStoredWithIt() {
        libraryImport.importLibrary(LIBRARY);

        var toeCurls = exercises.findByKey("toe-curls").orElseThrow();
        assertThat(toeCurls.descriptionIn(SPANISH).name()).isEqualTo("Flexión de los dedos (arrugar una toalla)");
        assertThat(toeCurls.descriptionIn(SPANISH).levels().getFirst().name()).isEqualTo("Arrugar la toalla sentado");
        assertThat(toeCurls.descriptionIn(SPANISH).levels().getFirst().defaultDosage())
                .isEqualTo(toeCurls.level(1).defaultDosage());
        LIBRARY.exercises().keySet().forEach(key -> assertThat(exercises.findByKey(key).orElseThrow().translations())
                .as(key).isEqualTo(LIBRARY.translationsOf(key)).satisfies(t -> assertThat(t.in(SPANISH)).isPresent()));
        LIBRARY.educationBlocks().forEach((key, block) -> assertThat(educationBlocks.findByKey(key).orElseThrow()
                .translations()).as(key).isEqualTo(block.translations()).satisfies(t -> assertThat(t.in(SPANISH)).isPresent()));
        assertThat(educationBlocks.findByKey("callus-care").orElseThrow().in(SPANISH).title())
                .isEqualTo("Cuidado de las callosidades");
        var template = templates.findByKey(TEMPLATE_KEY).orElseThrow();
        assertThat(template.translations()).isEqualTo(LIBRARY.template().translations());
        assertThat(template.translations().in(SPANISH).orElseThrow().name())
                .isEqualTo("Dolor plantar del antepié (metatarsalgia 2–4)");
    }

    @Test
    void aChangedTranslationUpdatesOnlyThatExerciseInPlaceAndImportingAgainChangesNothing() {
        libraryImport.importLibrary(LIBRARY);
        var before = snapshot();
        var spanish = LIBRARY.translationsOf("marble-pick-up").in(SPANISH).orElseThrow();
        var revised = new ExerciseTranslation("Recoger canicas", spanish.equipment(), spanish.steps(), spanish.cues(),
                spanish.precautions(), spanish.levels());
        var translations = new LinkedHashMap<>(LIBRARY.exerciseTranslations());
        translations.put("marble-pick-up", ContentTranslations.of(SPANISH, revised));
        var changed = new ShippedLibrary(1, LIBRARY.exercises(), LIBRARY.educationBlocks(), LIBRARY.template(),
                translations);

        var summary = libraryImport.importLibrary(changed);

        assertThat(summary.updated()).containsExactly(new Item(Kind.EXERCISE, "marble-pick-up"));
        var stored = exercises.findByKey("marble-pick-up").orElseThrow();
        assertThat(stored.id().value()).isEqualTo(before.get("exercise marble-pick-up").id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.descriptionIn(SPANISH).name()).isEqualTo("Recoger canicas");
        assertThat(stored.description()).isEqualTo(LIBRARY.exercises().get("marble-pick-up"));
        assertThat(libraryImport.importLibrary(changed).changedAnything()).isFalse();
    }

    @Test
    void aTranslationLeftOutOfTheFileIsRemovedFromTheStoredEntry() {
        libraryImport.importLibrary(LIBRARY);
        var translations = new LinkedHashMap<>(LIBRARY.exerciseTranslations());
        translations.remove("warm-foot-soak");

        var summary = libraryImport.importLibrary(new ShippedLibrary(1, LIBRARY.exercises(), LIBRARY.educationBlocks(),
                LIBRARY.template(), translations));

        assertThat(summary.updated()).containsExactly(new Item(Kind.EXERCISE, "warm-foot-soak"));
        var soak = exercises.findByKey("warm-foot-soak").orElseThrow();
        assertThat(soak.translations().isEmpty()).isTrue();
        assertThat(soak.descriptionIn(SPANISH)).isEqualTo(soak.description());
    }

    @Test
    void aChangedExerciseDescriptionUpdatesOnlyThatExerciseAndKeepsItsId() {
        libraryImport.importLibrary(LIBRARY);
        var before = snapshot();
        var marbles = LIBRARY.exercises().get("marble-pick-up");
        var revised = withCues(marbles, List.of("Curl all the toes round the marble.", "Keep the heel down."));

        var summary = libraryImport.importLibrary(withExercise(LIBRARY, "marble-pick-up", revised));

        assertThat(summary.created()).isEmpty();
        assertThat(summary.updated()).containsExactly(new Item(Kind.EXERCISE, "marble-pick-up"));
        var stored = exercises.findByKey("marble-pick-up").orElseThrow();
        assertThat(stored.id().value()).isEqualTo(before.get("exercise marble-pick-up").id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.description()).isEqualTo(revised);
        var after = snapshot();
        after.remove("exercise marble-pick-up");
        before.remove("exercise marble-pick-up");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRevisedEducationBlockUpdatesOnlyThatBlockAndKeepsItsId() {
        libraryImport.importLibrary(LIBRARY);
        var before = snapshot();
        var callus = LIBRARY.educationBlocks().get("callus-care");
        var revised = new ShippedEducationBlock(callus.topic(), callus.title(),
                List.of(callus.paragraphs().getFirst(), "Have it pared every 2 to 3 months."), callus.repeat(),
                callus.translations());
        var blocks = new LinkedHashMap<>(LIBRARY.educationBlocks());
        blocks.put("callus-care", revised);

        var summary = libraryImport.importLibrary(
                new ShippedLibrary(1, LIBRARY.exercises(), blocks, LIBRARY.template(), LIBRARY.exerciseTranslations()));

        assertThat(summary.created()).isEmpty();
        assertThat(summary.updated()).containsExactly(new Item(Kind.EDUCATION_BLOCK, "callus-care"));
        var stored = educationBlocks.findByKey("callus-care").orElseThrow();
        assertThat(stored.id().value()).isEqualTo(before.get("education block callus-care").id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.paragraphs()).isEqualTo(revised.paragraphs());
        var after = snapshot();
        after.remove("education block callus-care");
        before.remove("education block callus-care");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anExerciseNewInTheFileIsCreatedAndTheTemplateUpdatedToIncludeIt() {
        libraryImport.importLibrary(without(LIBRARY, "warm-foot-soak"));
        var before = snapshot();
        assertThat(templates.findByKey(TEMPLATE_KEY).orElseThrow().exercises())
                .hasSize(LIBRARY.template().exercises().size() - 1);

        var summary = libraryImport.importLibrary(LIBRARY);

        assertThat(summary.created()).containsExactly(new Item(Kind.EXERCISE, "warm-foot-soak"));
        assertThat(summary.updated()).containsExactly(new Item(Kind.TEMPLATE, TEMPLATE_KEY));
        var template = templates.findByKey(TEMPLATE_KEY).orElseThrow();
        assertThat(template.id().value()).isEqualTo(before.get("template " + TEMPLATE_KEY).id());
        assertThat(template.version()).isEqualTo(2);
        assertThat(template.exercises()).extracting(PrescribedExercise::exercise)
                .contains(exercises.findByKey("warm-foot-soak").orElseThrow().id())
                .hasSize(LIBRARY.template().exercises().size());
    }

    /** The id and version of everything stored under a shipped key, e.g. "exercise toe-curls". */
    Map<String, Stored> snapshot() {
        var stored = new LinkedHashMap<String, Stored>();
        for (var key : LIBRARY.exercises().keySet()) {
            exercises.findByKey(key).ifPresent(e -> stored.put("exercise " + key, new Stored(e.id().value(), e.version())));
        }
        for (var key : LIBRARY.educationBlocks().keySet()) {
            educationBlocks.findByKey(key)
                    .ifPresent(b -> stored.put("education block " + key, new Stored(b.id().value(), b.version())));
        }
        templates.findByKey(TEMPLATE_KEY)
                .ifPresent(t -> stored.put("template " + TEMPLATE_KEY, new Stored(t.id().value(), t.version())));
        return stored;
    }

    record Stored(java.util.UUID id, long version) {
    }

    static ExerciseDescription withCues(ExerciseDescription description, List<String> cues) {
        return new ExerciseDescription(description.name(), description.bodyRegion(), description.purposes(),
                description.equipment(), description.steps(), cues, description.precautions(),
                description.cautionFlags(), description.levels());
    }

    static ShippedLibrary withExercise(ShippedLibrary library, String key, ExerciseDescription description) {
        var changed = new LinkedHashMap<>(library.exercises());
        changed.put(key, description);
        return new ShippedLibrary(library.libraryVersion(), changed, library.educationBlocks(), library.template(),
                library.exerciseTranslations());
    }

    static ShippedLibrary without(ShippedLibrary library, String exerciseKey) {
        var remaining = new LinkedHashMap<>(library.exercises());
        remaining.remove(exerciseKey);
        var translations = new LinkedHashMap<>(library.exerciseTranslations());
        translations.remove(exerciseKey);
        var template = library.template();
        var templateExercises = template.exercises().stream()
                .filter(exercise -> !exercise.exerciseKey().equals(exerciseKey))
                .collect(Collectors.toList());
        return new ShippedLibrary(library.libraryVersion(), remaining, library.educationBlocks(),
                new ShippedTemplate(template.key(), template.name(), template.description(), template.goal(),
                        templateExercises, template.orthoticNotes(), template.educationBlockKeys(), template.rules(),
                        template.translations()),
                translations);
    }
}
