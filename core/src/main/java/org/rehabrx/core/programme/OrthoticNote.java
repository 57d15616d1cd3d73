package org.rehabrx.core.programme;

import java.util.Objects;

import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.Text;

/**
 * An orthosis or footwear instruction.
 *
 * @param placement    where it sits, e.g. "just behind the 2nd–4th metatarsal heads"
 * @param wearSchedule when to wear it, e.g. "all day in outdoor shoes; build up over a week"
 */
public record OrthoticNote(OrthoticType type, Side side, String placement, String wearSchedule,
                           String instructions) {

    public OrthoticNote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        placement = Text.optional(placement, "the placement", 500);
        wearSchedule = Text.required(wearSchedule, "a wear schedule", 500);
        instructions = Text.optional(instructions, "the instruction text", 2000);
    }
}
