package org.rehabrx.db.library;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.rehabrx.core.education.EducationBlockTranslation;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.LevelTranslation;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.core.template.OrthoticNoteTranslation;
import org.rehabrx.core.template.TemplateTranslation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns a library file into a {@link ShippedLibrary}. SnakeYAML's safe constructor yields only plain maps,
 * lists, texts and numbers — never arbitrary types — and every value then goes through the domain's own
 * constructors, so the file is held to exactly the rules a clinician's form is.
 *
 * <p>The patient-facing text of an exercise, a level, an education block, the template and each of its
 * orthotic notes may be given in another language in a block named by the language ({@code es:}) beside
 * the English fields it translates. An exercise translated into a language has every level translated into
 * it too, and a translated template every orthotic note.
 */
final class LibraryReader {

    /** The newest format this code understands. */
    static final int SUPPORTED_VERSION = 1;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_KEY_LENGTH = 100;
    /** The languages the file may give translations in, besides English. */
    static final List<String> LANGUAGES = List.of("es");
    private static final Map<String, ProgressionRules> NAMED_RULES =
            Map.of("PAIN_MONITORING_MODEL", ProgressionRules.PAIN_MONITORING_MODEL);

    private LibraryReader() {
    }

    static ShippedLibrary read(Reader reader, String source) {
        Object document;
        try {
            document = yaml().load(reader);
        } catch (YAMLException e) {
            throw new InvalidLibraryException(source, "not readable as YAML: " + e.getMessage(), e);
        }
        return library(YamlMap.root(document, source));
    }

    private static Yaml yaml() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        return new Yaml(new SafeConstructor(options));
    }

    private static ShippedLibrary library(YamlMap file) {
        file.allowOnly("libraryVersion", "exercises", "educationBlocks", "template");
        int version = file.integer("libraryVersion");
        if (version < 1 || version > SUPPORTED_VERSION) {
            throw file.problem("libraryVersion", "version " + version + " is not supported; this RehabRx reads "
                    + "version " + SUPPORTED_VERSION);
        }
        var exercises = new LinkedHashMap<String, ExerciseDescription>();
        var exerciseTranslations = new HashMap<String, ContentTranslations<ExerciseTranslation>>();
        for (var entry : file.maps("exercises", number -> "exercises entry " + number)) {
            String key = key(entry);
            var exercise = entry.at("exercise '" + key + "'");
            if (exercises.containsKey(key)) {
                throw exercise.problem("the key is used by an earlier exercise too");
            }
            exercises.put(key, exercise(exercise));
            var translations = exerciseTranslations(exercise);
            if (!translations.isEmpty()) {
                exerciseTranslations.put(key, translations);
            }
        }
        var blocks = new LinkedHashMap<String, ShippedEducationBlock>();
        for (var entry : file.maps("educationBlocks", number -> "educationBlocks entry " + number)) {
            String key = key(entry);
            var block = entry.at("education block '" + key + "'");
            if (blocks.containsKey(key)) {
                throw block.problem("the key is used by an earlier education block too");
            }
            blocks.put(key, educationBlock(block));
        }
        var template = template(file.map("template", "template"), exercises, blocks);
        return file.domain(() -> new ShippedLibrary(version, exercises, blocks, template, exerciseTranslations));
    }

    private static String key(YamlMap entry) {
        String key = entry.string("key");
        if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw entry.problem("key", "'" + key + "' is not a key: use lower-case letters, digits and single "
                    + "hyphens (kebab-case), at most " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static ExerciseDescription exercise(YamlMap exercise) {
        exercise.allowOnly("key", "name", "bodyRegion", "purposes", "equipment", "steps", "cues", "precautions",
                "cautionFlags", "levels", "es");
        String name = exercise.string("name");
        var bodyRegion = exercise.enumValue("bodyRegion", BodyRegion.class);
        var purposes = exercise.enumSet("purposes", ExercisePurpose.class);
        var equipment = exercise.strings("equipment");
        var steps = exercise.strings("steps");
        var cues = exercise.strings("cues");
        var precautions = exercise.strings("precautions");
        var cautionFlags = exercise.enumSet("cautionFlags", HealthFlag.class);
        var levels = exercise.maps("levels", number -> exercise.where() + ", levels entry " + number).stream()
                .map(level -> level(level, exercise.where()))
                .toList();
        return exercise.domain(() -> new ExerciseDescription(name, bodyRegion, purposes, equipment, steps, cues,
                precautions, cautionFlags, levels));
    }

    private static ContentTranslations<ExerciseTranslation> exerciseTranslations(YamlMap exercise) {
        var levels = exercise.maps("levels", number -> exercise.where() + ", levels entry " + number);
        var byLanguage = new HashMap<Locale, ExerciseTranslation>();
        for (String language : LANGUAGES) {
            var levelTexts = new ArrayList<YamlMap>();
            for (var level : levels) {
                var where = exercise.where() + ", level " + level.optionalInteger("level") + ", " + language;
                var text = level.optionalMap(language, where);
                if (text != null) {
                    levelTexts.add(text);
                }
            }
            var text = exercise.optionalMap(language, exercise.where() + ", " + language);
            if (text == null) {
                if (!levelTexts.isEmpty()) {
                    throw exercise.problem(language, "missing, though a level is translated into '" + language
                            + "'; translate the exercise's name and steps too");
                }
                continue;
            }
            if (levelTexts.size() != levels.size()) {
                throw exercise.problem("levels", "translate every level into '" + language
                        + "' (a '" + language + "' block in each level), as the exercise is translated");
            }
            text.allowOnly("name", "equipment", "steps", "cues", "precautions");
            var levelTranslations = levelTexts.stream().map(LibraryReader::levelTranslation).toList();
            String name = text.string("name");
            var translation = text.domain(() -> new ExerciseTranslation(name, text.strings("equipment"),
                    text.strings("steps"), text.strings("cues"), text.strings("precautions"), levelTranslations));
            byLanguage.put(Locale.of(language), translation);
        }
        return new ContentTranslations<>(byLanguage);
    }

    private static LevelTranslation levelTranslation(YamlMap text) {
        text.allowOnly("name", "instructions");
        String name = text.string("name");
        String instructions = text.optionalString("instructions");
        return text.domain(() -> new LevelTranslation(name, instructions == null ? "" : instructions));
    }

    private static Level level(YamlMap entry, String exerciseWhere) {
        entry.allowOnly("level", "name", "instructions", "dosage", "es");
        int number = entry.integer("level");
        var level = entry.at(exerciseWhere + ", level " + number);
        String name = level.string("name");
        String instructions = level.optionalString("instructions");
        var dosage = dosage(level.map("dosage", level.where() + ", dosage"));
        return level.domain(() -> new Level(number, name, instructions == null ? "" : instructions, dosage));
    }

    private static Dosage dosage(YamlMap dosage) {
        dosage.allowOnly("sets", "reps", "holdSeconds", "durationMinutes", "restSeconds", "load", "timesPerDay",
                "daysPerWeek", "side", "painLimit");
        int sets = dosage.integer("sets");
        Integer reps = dosage.optionalInteger("reps");
        Integer holdSeconds = dosage.optionalInteger("holdSeconds");
        Integer durationMinutes = dosage.optionalInteger("durationMinutes");
        int restSeconds = dosage.integer("restSeconds");
        var loadMap = dosage.optionalMap("load", dosage.where() + ", load");
        Load load = loadMap == null ? null : load(loadMap);
        int timesPerDay = dosage.integer("timesPerDay");
        int daysPerWeek = dosage.integer("daysPerWeek");
        var side = dosage.enumValue("side", Side.class);
        int painLimit = dosage.integer("painLimit");
        var pain = dosage.domain("painLimit", () -> PainScore.of(painLimit));
        return dosage.domain(() -> new Dosage(sets, reps, holdSeconds, durationMinutes, restSeconds, load,
                timesPerDay, daysPerWeek, side, pain));
    }

    private static Load load(YamlMap load) {
        load.allowOnly("amount", "unit");
        var amount = load.decimal("amount");
        var unit = load.enumValue("unit", LoadUnit.class);
        return load.domain(() -> new Load(amount, unit));
    }

    private static ShippedEducationBlock educationBlock(YamlMap block) {
        block.allowOnly("key", "topic", "title", "paragraphs", "repeat", "es");
        var topic = block.enumValue("topic", EducationTopic.class);
        String title = block.string("title");
        var paragraphs = block.strings("paragraphs");
        var repeatMap = block.optionalMap("repeat", block.where() + ", repeat");
        RepeatInterval repeat = null;
        if (repeatMap != null) {
            repeatMap.allowOnly("minMonths", "maxMonths");
            int min = repeatMap.integer("minMonths");
            int max = repeatMap.integer("maxMonths");
            repeat = repeatMap.domain(() -> new RepeatInterval(min, max));
        }
        var interval = repeat;
        var byLanguage = new HashMap<Locale, EducationBlockTranslation>();
        for (String language : LANGUAGES) {
            var text = block.optionalMap(language, block.where() + ", " + language);
            if (text != null) {
                text.allowOnly("title", "paragraphs");
                String translatedTitle = text.string("title");
                byLanguage.put(Locale.of(language), text.domain(() -> new EducationBlockTranslation(translatedTitle,
                        text.strings("paragraphs"))));
            }
        }
        return block.domain(() -> new ShippedEducationBlock(topic, title, paragraphs, interval,
                new ContentTranslations<>(byLanguage)));
    }

    private static ShippedTemplate template(YamlMap entry, Map<String, ExerciseDescription> exercises,
                                            Map<String, ShippedEducationBlock> blocks) {
        entry.allowOnly("key", "name", "description", "goal", "exercises", "orthoticNotes", "educationBlocks",
                "progressionRules", "es");
        String key = key(entry);
        var template = entry.at("template '" + key + "'");
        String name = template.string("name");
        String description = template.optionalString("description");
        String goal = template.optionalString("goal");

        var prescribed = new ArrayList<ShippedTemplateExercise>();
        Set<String> seen = new HashSet<>();
        for (var item : template.maps("exercises", number -> template.where() + ", exercises entry " + number)) {
            item.allowOnly("exercise", "level", "dosage", "note");
            String exerciseKey = item.string("exercise");
            var at = item.at(template.where() + ", exercise '" + exerciseKey + "'");
            var exercise = exercises.get(exerciseKey);
            if (exercise == null) {
                throw at.problem("there is no exercise with this key in the library");
            }
            if (!seen.add(exerciseKey)) {
                throw at.problem("the exercise is in the template more than once");
            }
            int level = at.integer("level");
            var levelDosage = at.domain("level",
                    () -> Exercise.shipped(exerciseKey, exercise).level(level).defaultDosage());
            var dosageMap = at.optionalMap("dosage", at.where() + ", dosage");
            var dosage = dosageMap == null ? levelDosage : dosage(dosageMap);
            String note = at.optionalString("note");
            prescribed.add(at.domain(() -> new ShippedTemplateExercise(exerciseKey, level, dosage,
                    note == null ? "" : note)));
        }

        var noteEntries = template.maps("orthoticNotes",
                number -> template.where() + ", orthoticNotes entry " + number);
        var notes = noteEntries.stream().map(LibraryReader::orthoticNote).toList();
        var translations = templateTranslations(template, noteEntries);

        var blockKeys = template.strings("educationBlocks");
        var seenBlocks = new HashSet<String>();
        for (var blockKey : blockKeys) {
            if (!blocks.containsKey(blockKey)) {
                throw template.problem("educationBlocks", "there is no education block '" + blockKey
                        + "' in the library");
            }
            if (!seenBlocks.add(blockKey)) {
                throw template.problem("educationBlocks", "'" + blockKey + "' is listed more than once");
            }
        }

        String rulesName = template.string("progressionRules");
        var rules = NAMED_RULES.get(rulesName);
        if (rules == null) {
            throw template.problem("progressionRules", "'" + rulesName + "' is not one of "
                    + String.join(", ", NAMED_RULES.keySet()));
        }
        return template.domain(() -> new ShippedTemplate(key, name, description == null ? "" : description,
                goal == null ? "" : goal, prescribed, notes, List.copyOf(blockKeys), rules, translations));
    }

    private static ContentTranslations<TemplateTranslation> templateTranslations(YamlMap template,
                                                                                List<YamlMap> notes) {
        var byLanguage = new HashMap<Locale, TemplateTranslation>();
        for (String language : LANGUAGES) {
            var text = template.optionalMap(language, template.where() + ", " + language);
            var noteTexts = new ArrayList<OrthoticNoteTranslation>();
            for (var note : notes) {
                var noteText = note.optionalMap(language, note.where() + ", " + language);
                if (noteText != null) {
                    noteText.allowOnly("placement", "wearSchedule", "instructions");
                    String placement = noteText.optionalString("placement");
                    String wearSchedule = noteText.string("wearSchedule");
                    String instructions = noteText.optionalString("instructions");
                    noteTexts.add(noteText.domain(() -> new OrthoticNoteTranslation(
                            placement == null ? "" : placement, wearSchedule, instructions == null ? "" : instructions)));
                }
            }
            if (text == null) {
                if (!noteTexts.isEmpty()) {
                    throw template.problem(language, "missing, though an orthotic note is translated into '"
                            + language + "'; translate the template's name and goal too");
                }
                continue;
            }
            if (noteTexts.size() != notes.size()) {
                throw template.problem("orthoticNotes", "translate every orthotic note into '" + language
                        + "' (a '" + language + "' block in each note), as the template is translated");
            }
            text.allowOnly("name", "description", "goal");
            String name = text.string("name");
            String description = text.optionalString("description");
            String goal = text.optionalString("goal");
            byLanguage.put(Locale.of(language), text.domain(() -> new TemplateTranslation(name,
                    description == null ? "" : description, goal == null ? "" : goal, noteTexts)));
        }
        return new ContentTranslations<>(byLanguage);
    }

    private static OrthoticNote orthoticNote(YamlMap note) {
        note.allowOnly("type", "side", "placement", "wearSchedule", "instructions", "es");
        var type = note.enumValue("type", OrthoticType.class);
        var at = note.at(note.where() + " (" + type.name() + ")");
        var side = at.enumValue("side", Side.class);
        String placement = at.optionalString("placement");
        String wearSchedule = at.string("wearSchedule");
        String instructions = at.optionalString("instructions");
        return at.domain(() -> new OrthoticNote(type, side, placement == null ? "" : placement, wearSchedule,
                instructions == null ? "" : instructions));
    }
}
