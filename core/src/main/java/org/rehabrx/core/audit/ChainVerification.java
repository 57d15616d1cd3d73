package org.rehabrx.core.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain.
 *
 * @param eventsChecked how many events were read, up to and including the first broken link
 * @param firstBrokenLink where the chain first fails, or null when it is intact
 */
public record ChainVerification(long eventsChecked, @Nullable BrokenLink firstBrokenLink) {

    public boolean intact() {
        return firstBrokenLink == null;
    }

    /** Why an event does not fit the chain. */
    public enum Reason {
        /** Its fields no longer produce its hash: the event itself was changed. */
        CONTENT_CHANGED,
        /** Its previous hash is not the hash of the event before it: an event in between was removed, or changed and rehashed. */
        PREVIOUS_EVENT_MISSING_OR_CHANGED,
        /** Its sequence number does not increase along the chain. */
        OUT_OF_ORDER
    }

    public record BrokenLink(long sequence, Reason reason) {

        public BrokenLink {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
