package org.rehabrx.core.programme;

import java.util.Objects;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.shared.Text;

/** An exercise at a level with a dosage and the clinician's personal note, inside a programme. */
public record PrescribedExercise(ExerciseId exercise, int level, Dosage dosage, String clinicianNote) {

    public PrescribedExercise {
        Objects.requireNonNull(exercise, "exercise");
        if (level < 1) {
            throw new IllegalArgumentException("Levels are numbered from 1.");
        }
        Objects.requireNonNull(dosage, "dosage");
        clinicianNote = Text.optional(clinicianNote, "the note", 1000);
    }

    public PrescribedExercise at(int newLevel, Dosage newDosage) {
        return new PrescribedExercise(exercise, newLevel, newDosage, clinicianNote);
    }
}
