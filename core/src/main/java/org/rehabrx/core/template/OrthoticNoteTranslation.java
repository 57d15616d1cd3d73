package org.rehabrx.core.template;

import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.shared.Text;

/** The text of a template's suggested orthotic note in another language; type and side stay the note's. */
public record OrthoticNoteTranslation(String placement, String wearSchedule, String instructions) {

    public OrthoticNoteTranslation {
        placement = Text.optional(placement, "the translated placement", 500);
        wearSchedule = Text.required(wearSchedule, "a translated wear schedule", 500);
        instructions = Text.optional(instructions, "the translated instruction text", 2000);
    }

    /** The note as it reads in this translation. */
    public OrthoticNote applyTo(OrthoticNote note) {
        return new OrthoticNote(note.type(), note.side(), placement, wearSchedule, instructions);
    }
}
