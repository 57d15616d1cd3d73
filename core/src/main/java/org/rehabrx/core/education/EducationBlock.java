package org.rehabrx.core.education;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.Text;

/**
 * A patient-education text.
 *
 * @param key        the stable name of a shipped block in the shipped library file; {@code null} for others
 * @param paragraphs the text, one paragraph each
 * @param repeat     how often the advice is to be repeated, where it is a recurring task
 */
public record EducationBlock(
        EducationBlockId id,
        @Nullable String key,
        EducationTopic topic,
        String title,
        List<String> paragraphs,
        @Nullable RepeatInterval repeat,
        long version) {

    public EducationBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        title = Text.required(title, "a title", 120);
        paragraphs = Text.lines(paragraphs, "a paragraph", 3000);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("Write at least one paragraph.");
        }
    }

    public static EducationBlock shipped(String key, EducationTopic topic, String title, List<String> paragraphs,
                                         @Nullable RepeatInterval repeat) {
        return new EducationBlock(EducationBlockId.newId(), key, topic, title, paragraphs, repeat, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** "When to seek medical review" is printed so that it stands out. */
    public boolean isMedicalReview() {
        return topic == EducationTopic.MEDICAL_REVIEW;
    }

    public EducationBlock revised(String newTitle, List<String> newParagraphs, @Nullable RepeatInterval newRepeat) {
        return new EducationBlock(id, key, topic, newTitle, newParagraphs, newRepeat, version);
    }

    public EducationBlock storedAs(long storedVersion) {
        return new EducationBlock(id, key, topic, title, paragraphs, repeat, storedVersion);
    }
}
