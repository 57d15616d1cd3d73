package org.rehabrx.core.sessionlog;

import java.util.Objects;
import java.util.UUID;

public record SessionLogId(UUID value) {

    public SessionLogId {
        Objects.requireNonNull(value, "session log id");
    }

    public static SessionLogId newId() {
        return new SessionLogId(UUID.randomUUID());
    }
}
