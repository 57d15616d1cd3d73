package org.rehabrx.web.portal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.shared.PainScore;

/**
 * How one exercise went today, as the patient reports it in the portal.
 *
 * @param done       the exercise was done as prescribed
 * @param painDuring pain during the exercise; may be left out only when it was not done
 */
public record ExerciseOutcome(ExerciseId exercise, boolean done, @Nullable PainScore painDuring, String comment) {

    public ExerciseOutcome {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(comment, "comment");
    }
}
