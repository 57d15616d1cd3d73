package org.rehabrx.core.programme;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;

/** An exercise's caution flag that meets one of the patient's health flags. */
public record Caution(ExerciseId exercise, String exerciseName, HealthFlag flag) {

    public Caution {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(exerciseName, "exercise name");
        Objects.requireNonNull(flag, "flag");
    }

    /**
     * Every caution the prescribed exercises raise for the patient, in the order of the programme.
     *
     * @param library the exercises of the programme, by id
     */
    public static List<Caution> raisedBy(Collection<PrescribedExercise> prescribed, Map<ExerciseId, Exercise> library,
                                         Patient patient) {
        return prescribed.stream()
                .map(PrescribedExercise::exercise)
                .map(id -> Objects.requireNonNull(library.get(id), () -> "exercise " + id.value() + " not given"))
                .flatMap(exercise -> exercise.cautionsFor(patient.healthFlags()).stream()
                        .sorted(Comparator.naturalOrder())
                        .map(flag -> new Caution(exercise.id(), exercise.name(), flag)))
                .toList();
    }

    public String sentence() {
        return exerciseName + ": caution with " + flag.label().toLowerCase(Locale.ROOT) + ".";
    }
}
