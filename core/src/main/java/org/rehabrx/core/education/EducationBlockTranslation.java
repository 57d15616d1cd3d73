package org.rehabrx.core.education;

import java.util.List;

import org.rehabrx.core.shared.Text;

/** The title and paragraphs of a shipped education block in another language. */
public record EducationBlockTranslation(String title, List<String> paragraphs) {

    public EducationBlockTranslation {
        title = Text.required(title, "a translated title", 120);
        paragraphs = Text.lines(paragraphs, "a translated paragraph", 3000);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("Translate at least one paragraph.");
        }
    }
}
