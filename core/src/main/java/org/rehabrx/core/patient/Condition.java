package org.rehabrx.core.patient;

import java.util.Objects;

import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.Text;

/** What is being treated, in the clinician's words, and on which side. */
public record Condition(String description, Side side) {

    public static final int MAX_LENGTH = 500;

    public Condition {
        description = Text.required(description, "the condition being treated", MAX_LENGTH);
        Objects.requireNonNull(side, "side");
    }
}
