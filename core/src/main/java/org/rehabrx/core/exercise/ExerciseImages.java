package org.rehabrx.core.exercise;

import java.util.Optional;

/** Clinician-uploaded pictures of exercise positions, kept apart from the library so that lists stay light. */
public interface ExerciseImages {

    Optional<ExerciseImage> find(ExerciseId exercise, ImagePosition position);

    void store(ExerciseId exercise, ImagePosition position, ExerciseImage image);

    void remove(ExerciseId exercise, ImagePosition position);
}
