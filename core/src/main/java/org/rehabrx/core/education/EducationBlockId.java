package org.rehabrx.core.education;

import java.util.Objects;
import java.util.UUID;

public record EducationBlockId(UUID value) {

    public EducationBlockId {
        Objects.requireNonNull(value, "education block id");
    }

    public static EducationBlockId newId() {
        return new EducationBlockId(UUID.randomUUID());
    }
}
