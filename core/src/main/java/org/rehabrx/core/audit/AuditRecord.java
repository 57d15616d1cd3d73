package org.rehabrx.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.PatientId;

/**
 * What an audit event records, before it joins the chain. The time is kept to the microsecond, as the database
 * stores it, so that a stored event hashes to the same value it was appended with.
 *
 * @param patient the patient whose data was read or written, also when the subject is a programme or log of theirs
 * @param clientAddress the network address the request came from; empty when there was no request
 */
public record AuditRecord(Instant occurredAt, Actor actor, AuditAction action, @Nullable PatientId patient,
                          @Nullable AuditSubject subject, AuditOutcome outcome, String clientAddress) {

    public static final int MAX_CLIENT_ADDRESS_LENGTH = 64;

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(clientAddress, "client address");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (clientAddress.length() > MAX_CLIENT_ADDRESS_LENGTH) {
            clientAddress = clientAddress.substring(0, MAX_CLIENT_ADDRESS_LENGTH);
        }
    }
}
