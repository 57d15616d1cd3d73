package org.rehabrx.core.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.PatientId;

/**
 * Which audit events to find; every criterion left null matches all.
 *
 * @param from the earliest time included
 * @param until the first time no longer included
 */
public record AuditQuery(@Nullable AccountId actor, @Nullable PatientId patient, @Nullable AuditAction action,
                         @Nullable Instant from, @Nullable Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("The start of the period must come before its end.");
        }
    }

    public static AuditQuery ofPatient(PatientId patient) {
        return new AuditQuery(null, patient, null, null, null);
    }
}
