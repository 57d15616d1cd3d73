package org.rehabrx.core.template;

import java.util.List;

import org.rehabrx.core.shared.Text;

/**
 * A shipped template's name, description, goal and suggested orthotic notes (in the template's order) in
 * another language: what a programme started from it for a patient speaking that language begins with.
 */
public record TemplateTranslation(String name, String description, String goal,
                                  List<OrthoticNoteTranslation> orthoticNotes) {

    public TemplateTranslation {
        name = Text.required(name, "the translated template name", 200);
        description = Text.optional(description, "the translated description", 2000);
        goal = Text.optional(goal, "the translated goal", 1000);
        orthoticNotes = List.copyOf(orthoticNotes);
    }
}
