package org.rehabrx.db.library;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.shared.ContentTranslations;

/**
 * The content of one shipped library file, checked by the domain: exercise descriptions and education
 * blocks by their stable keys, in the order of the file, and a template that refers to them by key.
 * Shipped content is a clinician-editable starting point, not medical advice.
 *
 * @param libraryVersion the format version of the file
 * @param exercises      exercise descriptions by key
 * @param educationBlocks education block content by key
 * @param exerciseTranslations the patient-facing text of exercises in other languages, by exercise key;
 *                             an exercise without any is left out
 */
public record ShippedLibrary(
        int libraryVersion,
        Map<String, ExerciseDescription> exercises,
        Map<String, ShippedEducationBlock> educationBlocks,
        ShippedTemplate template,
        Map<String, ContentTranslations<ExerciseTranslation>> exerciseTranslations) {

    /** The classpath resource of the forefoot plantar pain library. */
    public static final String FOREFOOT_PLANTAR_PAIN = "library/forefoot-plantar-pain.yaml";

    public ShippedLibrary {
        exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
        educationBlocks = Collections.unmodifiableMap(new LinkedHashMap<>(educationBlocks));
        Objects.requireNonNull(template, "template");
        exerciseTranslations = Map.copyOf(exerciseTranslations);
        for (var entry : exerciseTranslations.entrySet()) {
            var description = exercises.get(entry.getKey());
            if (description == null) {
                throw new IllegalArgumentException("There is a translation of the exercise '" + entry.getKey()
                        + "' but no such exercise in the library.");
            }
            entry.getValue().byLanguage().values().forEach(translation -> translation.applyTo(description));
        }
        for (var prescribed : template.exercises()) {
            var description = exercises.get(prescribed.exerciseKey());
            if (description == null) {
                throw new IllegalArgumentException("Template '" + template.key() + "': there is no exercise '"
                        + prescribed.exerciseKey() + "' in the library.");
            }
            if (prescribed.level() > description.levels().size()) {
                throw new IllegalArgumentException("Template '" + template.key() + "': the exercise '"
                        + prescribed.exerciseKey() + "' has no level " + prescribed.level() + ".");
            }
        }
        for (var blockKey : template.educationBlockKeys()) {
            if (!educationBlocks.containsKey(blockKey)) {
                throw new IllegalArgumentException("Template '" + template.key() + "': there is no education block '"
                        + blockKey + "' in the library.");
            }
        }
    }

    /** A library without translated exercises. */
    public ShippedLibrary(int libraryVersion, Map<String, ExerciseDescription> exercises,
                          Map<String, ShippedEducationBlock> educationBlocks, ShippedTemplate template) {
        this(libraryVersion, exercises, educationBlocks, template, new HashMap<>());
    }

    /** The translations of the exercise with this key; none when the file gives none. */
    public ContentTranslations<ExerciseTranslation> translationsOf(String exerciseKey) {
        return exerciseTranslations.getOrDefault(exerciseKey, ContentTranslations.none());
    }

    /** The shipped library for forefoot plantar pain (central metatarsalgia, joints 2–4). */
    public static ShippedLibrary forefootPlantarPain() {
        return fromClasspath(FOREFOOT_PLANTAR_PAIN);
    }

    /**
     * Reads a library file from the classpath.
     *
     * @throws InvalidLibraryException when its content is not valid, naming the key and field at fault
     */
    public static ShippedLibrary fromClasspath(String resource) {
        var stream = ShippedLibrary.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("The shipped library file " + resource + " is not on the classpath.");
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the shipped library file " + resource, e);
        }
    }

    /**
     * Reads library content given as text.
     *
     * @param source what to call the text in messages, such as its file name
     * @throws InvalidLibraryException when the content is not valid, naming the key and field at fault
     */
    public static ShippedLibrary parse(String yaml, String source) {
        return read(new StringReader(yaml), source);
    }

    private static ShippedLibrary read(Reader reader, String source) {
        return LibraryReader.read(reader, source);
    }
}
