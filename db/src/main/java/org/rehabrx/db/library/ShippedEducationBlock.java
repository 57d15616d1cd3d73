package org.rehabrx.db.library;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockTranslation;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.shared.ContentTranslations;

/**
 * The content of one shipped education block, as the library file gives it; the key is where it is filed.
 * The values are checked and normalised by {@link EducationBlock} itself.
 */
public record ShippedEducationBlock(EducationTopic topic, String title, List<String> paragraphs,
                                    @Nullable RepeatInterval repeat,
                                    ContentTranslations<EducationBlockTranslation> translations) {

    public ShippedEducationBlock {
        var checked = EducationBlock.shipped("check", topic, title, paragraphs, repeat, translations);
        title = checked.title();
        paragraphs = checked.paragraphs();
    }

    /** A block without translations. */
    public ShippedEducationBlock(EducationTopic topic, String title, List<String> paragraphs,
                                 @Nullable RepeatInterval repeat) {
        this(topic, title, paragraphs, repeat, ContentTranslations.none());
    }

    /** A new shipped block with this content, not yet stored. */
    public EducationBlock newBlock(String key) {
        return EducationBlock.shipped(key, topic, title, paragraphs, repeat, translations);
    }

    /** Whether the stored block says the same as this content. */
    public boolean sameContentAs(EducationBlock stored) {
        return topic == stored.topic() && title.equals(stored.title()) && paragraphs.equals(stored.paragraphs())
                && Objects.equals(repeat, stored.repeat()) && translations.equals(stored.translations());
    }

    /** The stored block with this content, keeping its id, key and version. */
    public EducationBlock applyTo(EducationBlock stored) {
        if (topic == stored.topic()) {
            return stored.revised(title, paragraphs, repeat).withTranslations(translations);
        }
        // EducationBlock.revised keeps the topic; a shipped block whose topic changed in the file is re-filed.
        return new EducationBlock(stored.id(), stored.key(), topic, title, paragraphs, repeat, stored.version(),
                translations);
    }
}
