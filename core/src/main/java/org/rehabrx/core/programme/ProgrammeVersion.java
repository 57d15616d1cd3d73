package org.rehabrx.core.programme;

import java.time.Instant;
import java.util.Objects;

import org.rehabrx.core.account.AccountId;

/** One immutable state of a programme: its number, status, content, and who made it when. */
public record ProgrammeVersion(int number, ProgrammeStatus status, ProgrammeContent content, AccountId createdBy,
                               Instant createdAt) {

    public ProgrammeVersion {
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1.");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdBy, "created by");
        Objects.requireNonNull(createdAt, "created at");
    }

    ProgrammeVersion withStatus(ProgrammeStatus newStatus) {
        return new ProgrammeVersion(number, newStatus, content, createdBy, createdAt);
    }
}
