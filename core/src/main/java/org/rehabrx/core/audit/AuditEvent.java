package org.rehabrx.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.patient.PatientId;

/**
 * One link of the audit trail: who did or saw what, when, from where and with what outcome, chained to the event
 * before it by {@code previousHash}. It names records by id only and holds no clinical free text.
 *
 * @param sequence increasing along the chain; gaps are allowed (an append that rolled back used its number)
 * @param hash the SHA-256 of this event's fields and {@code previousHash}, see {@link AuditChain}
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        @Nullable AccountId actorAccount,
        @Nullable String actorUsername,
        @Nullable Role actorRole,
        AuditAction action,
        @Nullable PatientId patient,
        @Nullable SubjectType subjectType,
        @Nullable UUID subjectId,
        AuditOutcome outcome,
        String clientAddress,
        String previousHash,
        String hash) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(clientAddress, "client address");
        Objects.requireNonNull(previousHash, "previous hash");
        Objects.requireNonNull(hash, "hash");
        if ((subjectType == null) != (subjectId == null)) {
            throw new IllegalArgumentException("A subject has both a type and an id, or neither.");
        }
    }

    /** The event holding exactly what {@code record} says, at {@code sequence}, with the given links. */
    static AuditEvent of(long sequence, AuditRecord record, String previousHash, String hash) {
        var actor = record.actor();
        var subject = record.subject();
        return new AuditEvent(sequence, record.occurredAt(), actor.account(), actor.username(), actor.role(),
                record.action(), record.patient(), subject == null ? null : subject.type(),
                subject == null ? null : subject.id(), record.outcome(), record.clientAddress(), previousHash, hash);
    }
}
