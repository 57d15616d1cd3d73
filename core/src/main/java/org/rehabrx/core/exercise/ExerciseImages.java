package org.rehabrx.core.exercise;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Clinician-uploaded pictures of exercise positions, kept apart from the library so that lists stay light. */
public interface ExerciseImages {

    Optional<ExerciseImage> find(ExerciseId exercise, ImagePosition position);

    /** Every picture of the given exercises by exercise and position, read together; those without any are left out. */
    Map<ExerciseId, Map<ImagePosition, ExerciseImage>> findAll(Collection<ExerciseId> exercises);

    void store(ExerciseId exercise, ImagePosition position, ExerciseImage image);

    void remove(ExerciseId exercise, ImagePosition position);
}
