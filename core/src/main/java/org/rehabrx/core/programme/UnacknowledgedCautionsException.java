package org.rehabrx.core.programme;

import java.util.List;
import java.util.stream.Collectors;

/** A programme cannot become active while a caution it raises has not been acknowledged with a reason. */
public final class UnacknowledgedCautionsException extends RuntimeException {

    private final List<Caution> cautions;

    public UnacknowledgedCautionsException(List<Caution> cautions) {
        super("Acknowledge each caution with a reason first: "
                + cautions.stream().map(Caution::sentence).collect(Collectors.joining(" ")));
        this.cautions = List.copyOf(cautions);
    }

    public List<Caution> cautions() {
        return cautions;
    }
}
