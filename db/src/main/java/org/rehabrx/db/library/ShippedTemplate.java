package org.rehabrx.db.library;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.core.template.Template;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.TemplateTranslation;

/**
 * A shipped template as the library file gives it: like {@link Template}, but referring to its exercises
 * and education blocks by library key, since their ids exist only once they are stored.
 *
 * @param orthoticNotes     suggested notes, in the order of the escalation ladder
 * @param educationBlockKeys the keys of the education blocks to include
 * @param translations       name, description, goal and orthotic notes in other languages
 */
public record ShippedTemplate(
        String key,
        String name,
        String description,
        String goal,
        List<ShippedTemplateExercise> exercises,
        List<OrthoticNote> orthoticNotes,
        List<String> educationBlockKeys,
        ProgressionRules rules,
        ContentTranslations<TemplateTranslation> translations) {

    public ShippedTemplate {
        Objects.requireNonNull(key, "key");
        exercises = List.copyOf(exercises);
        orthoticNotes = List.copyOf(orthoticNotes);
        educationBlockKeys = List.copyOf(educationBlockKeys);
        var exerciseKeys = new HashSet<String>();
        for (var exercise : exercises) {
            if (!exerciseKeys.add(exercise.exerciseKey())) {
                throw new IllegalArgumentException(
                        "The exercise '" + exercise.exerciseKey() + "' is in the template more than once.");
            }
        }
        if (new HashSet<>(educationBlockKeys).size() != educationBlockKeys.size()) {
            throw new IllegalArgumentException("An education block is in the template more than once.");
        }
        var checked = new Template(TemplateId.newId(), key, name, description, goal,
                exercises.stream().map(e -> e.prescribed(ShippedTemplateExercise.placeholderId(e.exerciseKey())))
                        .toList(),
                orthoticNotes,
                educationBlockKeys.stream().map(ShippedTemplate::placeholderBlockId).toList(),
                rules, 0, translations);
        name = checked.name();
        description = checked.description();
        goal = checked.goal();
    }

    /** A template without translations. */
    public ShippedTemplate(String key, String name, String description, String goal,
                           List<ShippedTemplateExercise> exercises, List<OrthoticNote> orthoticNotes,
                           List<String> educationBlockKeys, ProgressionRules rules) {
        this(key, name, description, goal, exercises, orthoticNotes, educationBlockKeys, rules,
                ContentTranslations.none());
    }

    /**
     * The template with its keys resolved to stored ids.
     *
     * @param id      the id it is (to be) stored under
     * @param version the version it was read at; {@code 0} for a new template
     * @param exerciseIds       the stored exercises' ids by key
     * @param educationBlockIds the stored education blocks' ids by key
     * @throws IllegalArgumentException when a key has no id
     */
    public Template toTemplate(TemplateId id, long version, Map<String, ExerciseId> exerciseIds,
                               Map<String, EducationBlockId> educationBlockIds) {
        var prescribed = exercises.stream()
                .map(exercise -> exercise.prescribed(resolved(exercise.exerciseKey(), exerciseIds, "exercise")))
                .toList();
        var blocks = educationBlockKeys.stream()
                .map(blockKey -> resolved(blockKey, educationBlockIds, "education block"))
                .toList();
        return new Template(id, key, name, description, goal, prescribed, orthoticNotes, blocks, rules, version,
                translations);
    }

    private <I> I resolved(String itsKey, Map<String, I> ids, String what) {
        var id = ids.get(itsKey);
        if (id == null) {
            throw new IllegalArgumentException("Template '" + key + "': no " + what + " with the key '" + itsKey
                    + "' is stored.");
        }
        return id;
    }

    private static EducationBlockId placeholderBlockId(String key) {
        return new EducationBlockId(UUID.nameUUIDFromBytes(("block:" + key).getBytes(StandardCharsets.UTF_8)));
    }
}
