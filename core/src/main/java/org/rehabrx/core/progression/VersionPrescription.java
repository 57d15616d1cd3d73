package org.rehabrx.core.progression;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeVersion;

/**
 * What one programme version prescribed: the part of a version the progression engine weighs, since it tells
 * under which version the current prescription of an exercise began.
 *
 * @param exercises in programme order; each exercise at most once
 */
public record VersionPrescription(int number, List<PrescribedExercise> exercises) {

    public VersionPrescription {
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1.");
        }
        exercises = List.copyOf(exercises);
    }

    public static VersionPrescription of(ProgrammeVersion version) {
        Objects.requireNonNull(version, "version");
        return new VersionPrescription(version.number(), version.content().exercises());
    }

    public Optional<PrescribedExercise> prescribed(ExerciseId exercise) {
        return exercises.stream().filter(p -> p.exercise().equals(exercise)).findFirst();
    }
}
