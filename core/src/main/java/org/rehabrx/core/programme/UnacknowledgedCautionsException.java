package org.rehabrx.core.programme;

import java.util.List;

/**
 * A programme cannot become active while a caution it raises has not been acknowledged with a reason.
 * The message names no health flag, since messages end up in logs; screens read {@link #cautions()}.
 */
public final class UnacknowledgedCautionsException extends RuntimeException {

    private final List<Caution> cautions;

    public UnacknowledgedCautionsException(List<Caution> cautions) {
        super("Acknowledge each caution with a reason before the programme is handed over ("
                + cautions.size() + " open).");
        this.cautions = List.copyOf(cautions);
    }

    public List<Caution> cautions() {
        return cautions;
    }
}
