package org.rehabrx.core.account;

import java.util.Objects;
import java.util.UUID;

public record ActivationId(UUID value) {

    public ActivationId {
        Objects.requireNonNull(value, "activation id");
    }

    public static ActivationId newId() {
        return new ActivationId(UUID.randomUUID());
    }
}
