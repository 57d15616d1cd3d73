package org.rehabrx.web.sessionlog.ui;

import java.util.Objects;

import org.rehabrx.core.exercise.ExerciseId;

/** An exercise of the current programme, as the log dialog offers it. */
public record ExerciseChoice(ExerciseId id, String name) {

    public ExerciseChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
