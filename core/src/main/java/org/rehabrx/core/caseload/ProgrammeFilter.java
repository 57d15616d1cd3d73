package org.rehabrx.core.caseload;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.ProgrammeStatus;

/** Which patients to list by the status of their current programme. */
public enum ProgrammeFilter {
    /** Every patient, with or without a programme. */
    ANY(null),
    /** Patients without any programme yet. */
    NONE(null),
    DRAFT(ProgrammeStatus.DRAFT),
    ACTIVE(ProgrammeStatus.ACTIVE),
    COMPLETED(ProgrammeStatus.COMPLETED);

    private final @Nullable ProgrammeStatus status;

    ProgrammeFilter(@Nullable ProgrammeStatus status) {
        this.status = status;
    }

    /** The status the current programme must have; {@code null} for {@link #ANY} and {@link #NONE}. */
    public @Nullable ProgrammeStatus status() {
        return status;
    }
}
