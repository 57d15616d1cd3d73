package org.rehabrx.core.education;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.Text;
import org.rehabrx.core.shared.ContentTranslations;

/**
 * A patient-education text.
 *
 * @param key        the stable name of a shipped block in the shipped library file; {@code null} for others
 * @param paragraphs the text, one paragraph each
 * @param repeat     how often the advice is to be repeated, where it is a recurring task
 * @param translations the title and paragraphs in other languages; only shipped blocks have any
 */
public record EducationBlock(
        EducationBlockId id,
        @Nullable String key,
        EducationTopic topic,
        String title,
        List<String> paragraphs,
        @Nullable RepeatInterval repeat,
        long version,
        ContentTranslations<EducationBlockTranslation> translations) {

    public EducationBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        title = Text.required(title, "a title", 120);
        paragraphs = Text.lines(paragraphs, "a paragraph", 3000);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("Write at least one paragraph.");
        }
        Objects.requireNonNull(translations, "translations");
        if (!translations.isEmpty() && key == null) {
            throw new IllegalArgumentException("Only shipped education blocks carry translations.");
        }
    }

    /** A block without translations. */
    public EducationBlock(EducationBlockId id, @Nullable String key, EducationTopic topic, String title,
                          List<String> paragraphs, @Nullable RepeatInterval repeat, long version) {
        this(id, key, topic, title, paragraphs, repeat, version, ContentTranslations.none());
    }

    public static EducationBlock shipped(String key, EducationTopic topic, String title, List<String> paragraphs,
                                         @Nullable RepeatInterval repeat) {
        return new EducationBlock(EducationBlockId.newId(), key, topic, title, paragraphs, repeat, 0);
    }

    public static EducationBlock shipped(String key, EducationTopic topic, String title, List<String> paragraphs,
                                         @Nullable RepeatInterval repeat,
                                         ContentTranslations<EducationBlockTranslation> translations) {
        return new EducationBlock(EducationBlockId.newId(), key, topic, title, paragraphs, repeat, 0, translations);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** "When to seek medical review" is printed so that it stands out. */
    public boolean isMedicalReview() {
        return topic == EducationTopic.MEDICAL_REVIEW;
    }

    public EducationBlock revised(String newTitle, List<String> newParagraphs, @Nullable RepeatInterval newRepeat) {
        return new EducationBlock(id, key, topic, newTitle, newParagraphs, newRepeat, version, translations);
    }

    /** The same block with these translations, from a newer shipped library file. */
    public EducationBlock withTranslations(ContentTranslations<EducationBlockTranslation> newTranslations) {
        return new EducationBlock(id, key, topic, title, paragraphs, repeat, version, newTranslations);
    }

    /** This block as a reader of the given language sees it: translated where there is a translation. */
    public EducationBlock in(Locale language) {
        return translations.in(language)
                .map(translation -> new EducationBlock(id, key, topic, translation.title(), translation.paragraphs(),
                        repeat, version))
                .orElse(this);
    }

    public EducationBlock storedAs(long storedVersion) {
        return new EducationBlock(id, key, topic, title, paragraphs, repeat, storedVersion, translations);
    }
}
