package org.rehabrx.core.audit;

import java.util.Objects;
import java.util.UUID;

/** The one record an audit event is about, named by its id only. */
public record AuditSubject(SubjectType type, UUID id) {

    public AuditSubject {
        Objects.requireNonNull(type, "subject type");
        Objects.requireNonNull(id, "subject id");
    }
}
