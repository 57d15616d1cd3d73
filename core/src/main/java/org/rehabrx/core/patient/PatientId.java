package org.rehabrx.core.patient;

import java.util.Objects;
import java.util.UUID;

public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    public static PatientId newId() {
        return new PatientId(UUID.randomUUID());
    }
}
