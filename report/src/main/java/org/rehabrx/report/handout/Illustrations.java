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

    /** The shipped exercise whose standard line drawings stand in where no picture was uploaded. */
    default Optional<String> drawingKey(Exercise exercise) {
        return Optional.ofNullable(exercise.key());
    }

    /** No clinician pictures at all. */
    static Illustrations none() {
        return (exercise, position) -> Optional.empty();
    }

    /**
     * A fixed, immutable set of pictures and of the drawings clones inherit, for example loaded before
     * rendering.
     */
    static Illustrations of(Map<ExerciseId, Map<ImagePosition, ExerciseImage>> images,
                            Map<ExerciseId, String> drawingKeys) {
        var copy = Map.copyOf(images.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue()))));
        var keys = Map.copyOf(drawingKeys);
        return new Illustrations() {
            @Override
            public Optional<ExerciseImage> find(Exercise exercise, ImagePosition position) {
                return Optional.ofNullable(copy.getOrDefault(exercise.id(), Map.of()).get(position));
            }

            @Override
            public Optional<String> drawingKey(Exercise exercise) {
                return Optional.ofNullable(keys.getOrDefault(exercise.id(), exercise.key()));
            }
        };
    }
}
