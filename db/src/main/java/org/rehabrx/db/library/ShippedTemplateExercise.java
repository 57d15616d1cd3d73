package org.rehabrx.db.library;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;

/**
 * An exercise of a shipped template, named by its library key: the level the programme starts at, its
 * dosage (the level's default unless the file gives one) and an optional note for the clinician.
 */
public record ShippedTemplateExercise(String exerciseKey, int level, Dosage dosage, String note) {

    public ShippedTemplateExercise {
        var checked = prescribed(placeholderId(exerciseKey), level, dosage, note);
        note = checked.clinicianNote();
    }

    /** The prescribed exercise once the key is resolved to the stored exercise's id. */
    public PrescribedExercise prescribed(ExerciseId exercise) {
        return prescribed(exercise, level, dosage, note);
    }

    private static PrescribedExercise prescribed(ExerciseId exercise, int level, Dosage dosage, String note) {
        return new PrescribedExercise(exercise, level, dosage, note);
    }

    /** A stand-in id for checking the values before any exercise is stored. */
    static ExerciseId placeholderId(String key) {
        return new ExerciseId(UUID.nameUUIDFromBytes(("exercise:" + key).getBytes(StandardCharsets.UTF_8)));
    }
}
