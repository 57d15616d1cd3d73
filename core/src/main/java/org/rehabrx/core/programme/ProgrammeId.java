package org.rehabrx.core.programme;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "programme id");
    }

    public static ProgrammeId newId() {
        return new ProgrammeId(UUID.randomUUID());
    }
}
