package org.rehabrx.core.access;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;

/**
 * Whose library an exercise is in: the shipped exercises are in every clinician's, a clinician's own exercise
 * only in its author's. False for an exercise that does not exist.
 */
public interface LibraryVisibility {

    boolean isInLibraryOf(AccountId clinician, ExerciseId exercise);
}
