package org.rehabrx.web.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;

/**
 * One look at or change of a patient's record, or an attempt at one that was refused, for the report of who
 * accessed it.
 *
 * @param who the name of the account that acted; empty when the account no longer exists
 * @param self whether the patient acted themselves
 */
public record RecordAccess(Instant occurredAt, String who, @Nullable Role role, boolean self, AuditAction action,
                           AuditOutcome outcome) {
}
