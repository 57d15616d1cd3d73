package org.rehabrx.report.handout;

import java.util.Map;
import java.util.Optional;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ImagePosition;

/**
 * Where the start and end position pictures of an exercise come from. A picture that is absent, or
 * that cannot be decoded, is replaced on the handout by a framed placeholder naming the position.
 * Implementations are called from the rendering thread and must be safe for concurrent use.
 */
@FunctionalInterface
public interface Illustrations {

    Optional<ExerciseImage> find(Exercise exercise, ImagePosition position);

    /** No clinician pictures at all. */
    static Illustrations none() {
        return (exercise, position) -> Optional.empty();
    }

    /** A fixed, immutable set of pictures, for example loaded before rendering. */
    static Illustrations of(Map<ExerciseId, Map<ImagePosition, ExerciseImage>> images) {
        var copy = Map.copyOf(images.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue()))));
        return (exercise, position) -> Optional.ofNullable(copy.getOrDefault(exercise.id(), Map.of()).get(position));
    }
}
