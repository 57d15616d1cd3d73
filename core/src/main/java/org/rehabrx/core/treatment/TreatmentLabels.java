package org.rehabrx.core.treatment;

import java.util.Collection;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;

/** The names behind the ids a treatment record refers to, read together however many there are. */
public interface TreatmentLabels {

    /** The labels of those of the given exercises, education blocks and accounts that exist. */
    Labels of(Collection<ExerciseId> exercises, Collection<EducationBlockId> educationBlocks,
              Collection<AccountId> accounts);
}
