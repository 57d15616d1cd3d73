package org.rehabrx.web.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.SubjectType;

/**
 * One audit event as an admin sees it: the patient by clinic reference only, never by name.
 *
 * @param actor the username, {@link org.rehabrx.core.audit.Actor#UNKNOWN_USERNAME}, {@link org.rehabrx.core.audit.Actor#SYSTEM_USERNAME}
 *              or empty for nobody signed in
 * @param patientReference empty when the event concerns no patient or the patient record no longer exists
 */
public record AuditEventRow(long sequence, Instant occurredAt, String actor, @Nullable Role role,
                            AuditAction action, String patientReference, @Nullable SubjectType subjectType,
                            @Nullable UUID subjectId, AuditOutcome outcome, String clientAddress, String hash) {
}
