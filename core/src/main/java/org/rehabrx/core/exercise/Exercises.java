package org.rehabrx.core.exercise;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.account.AccountId;

/** The exercise library. */
public interface Exercises {

    Optional<Exercise> findById(ExerciseId id);

    Optional<Exercise> findByKey(String key);

    List<Exercise> findAllById(java.util.Collection<ExerciseId> ids);

    /**
     * The exercises with, for each clone, the exercises it was copied from, however far back, read together: the
     * given ones first in the order given, then their originals.
     */
    List<Exercise> findAllWithOriginals(java.util.Collection<ExerciseId> ids);

    /** The shipped exercises and those written by the clinician, by name. */
    List<Exercise> availableTo(AccountId clinician);

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when the exercise changed since it was read */
    Exercise save(Exercise exercise);
}
