/**
 * The exercise library behind {@link org.rehabrx.core.exercise.Exercises} ({@code exercise} with its
 * {@code exercise_level} rows and their default dosages) and the position pictures behind
 * {@link org.rehabrx.core.exercise.ExerciseImages} ({@code exercise_image}), kept apart so that library
 * lists never read image bytes.
 */
@NullMarked
package org.rehabrx.db.exercise;

import org.jspecify.annotations.NullMarked;
