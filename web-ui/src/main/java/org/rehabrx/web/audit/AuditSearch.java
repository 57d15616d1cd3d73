package org.rehabrx.web.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.audit.AuditAction;

/**
 * The admin's filter over the audit trail, as typed: a username, a patient's clinic reference, an action and
 * a period of whole days (both days included). Blank or null criteria match all.
 */
public record AuditSearch(@Nullable String username, @Nullable String patientReference,
                          @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditSearch EVERYTHING = new AuditSearch(null, null, null, null, null);

    public AuditSearch {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The start of the period must come before its end.");
        }
    }
}
