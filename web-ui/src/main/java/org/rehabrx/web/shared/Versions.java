package org.rehabrx.web.shared;

import org.rehabrx.core.shared.ConcurrentChangeException;

/** The check that a screen's copy of an aggregate is still the stored one before a change is applied to it. */
public final class Versions {

    private Versions() {
    }

    /**
     * @throws ConcurrentChangeException when the stored version moved on since the screen loaded it, so that
     *         the change is not silently applied on top of someone else's
     */
    public static void requireUnchanged(String aggregate, Object id, long expected, long stored) {
        if (expected != stored) {
            throw new ConcurrentChangeException(aggregate, id, expected);
        }
    }
}
