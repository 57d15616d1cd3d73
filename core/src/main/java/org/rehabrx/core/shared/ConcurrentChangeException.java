package org.rehabrx.core.shared;

/**
 * Someone else stored a newer state of the same aggregate since it was read. The caller must
 * reload and re-apply its change; silently overwriting would lose the other person's work.
 */
public final class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String aggregate, Object id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ").");
    }
}
