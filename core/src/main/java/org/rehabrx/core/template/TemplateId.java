package org.rehabrx.core.template;

import java.util.Objects;
import java.util.UUID;

public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "template id");
    }

    public static TemplateId newId() {
        return new TemplateId(UUID.randomUUID());
    }
}
