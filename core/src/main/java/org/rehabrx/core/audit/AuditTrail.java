package org.rehabrx.core.audit;

import java.util.List;

/** The append-only audit trail: events are added at the end of the chain and never changed or removed. */
public interface AuditTrail {

    /** How many events verification reads at a time. */
    int VERIFICATION_BATCH = 1_000;

    /**
     * Adds the record as the last event of the chain. Concurrent appends are serialised, so the chain never forks.
     *
     * @return the stored event with its sequence number and hashes
     */
    AuditEvent append(AuditRecord record);

    /** The matching events, newest first: {@code limit} of them from the zero-based {@code offset}. */
    List<AuditEvent> search(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);

    /** Up to {@code limit} events of the chain after {@code sequence}, in chain order. */
    List<AuditEvent> chainAfter(long sequence, int limit);

    /** Walks the whole chain batch by batch and reports its first broken link. */
    default ChainVerification verify() {
        var verifier = AuditChain.verifier();
        long after = Long.MIN_VALUE;
        List<AuditEvent> batch;
        do {
            batch = chainAfter(after, VERIFICATION_BATCH);
            for (var event : batch) {
                if (!verifier.check(event)) {
                    return verifier.result();
                }
                after = event.sequence();
            }
        } while (batch.size() == VERIFICATION_BATCH);
        return verifier.result();
    }
}
