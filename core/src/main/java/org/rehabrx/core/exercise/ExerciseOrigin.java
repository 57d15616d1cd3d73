package org.rehabrx.core.exercise;

/** Whether an exercise ships with RehabRx (read-only, cloned to adapt) or was written by a clinician. */
public enum ExerciseOrigin {
    SHIPPED,
    CLINICIAN
}
