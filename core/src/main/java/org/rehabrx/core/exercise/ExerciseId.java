package org.rehabrx.core.exercise;

import java.util.Objects;
import java.util.UUID;

public record ExerciseId(UUID value) {

    public ExerciseId {
        Objects.requireNonNull(value, "exercise id");
    }

    public static ExerciseId newId() {
        return new ExerciseId(UUID.randomUUID());
    }
}
