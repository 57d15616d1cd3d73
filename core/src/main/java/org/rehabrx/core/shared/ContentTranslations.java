package org.rehabrx.core.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient-facing text of a piece of shipped content in other languages than the one it is stored in,
 * one translation per language. A language is filed without country or script ({@code es}, not
 * {@code es-MX}), and whoever asks with a fuller locale gets the translation of its language.
 *
 * @param <T> what one translation holds, such as an exercise's names, steps and levels
 */
public record ContentTranslations<T>(Map<Locale, T> byLanguage) {

    private static final ContentTranslations<?> NONE = new ContentTranslations<>(Map.of());

    public ContentTranslations {
        Objects.requireNonNull(byLanguage, "translations");
        for (var entry : byLanguage.entrySet()) {
            var language = entry.getKey();
            if (language == null || language.getLanguage().isEmpty()
                    || !language.equals(Locale.of(language.getLanguage()))) {
                throw new IllegalArgumentException("A translation is filed under a language alone, such as 'es', not '"
                        + language + "'.");
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("The translation into '" + language + "' is missing.");
            }
        }
        byLanguage = Map.copyOf(byLanguage);
    }

    @SuppressWarnings("unchecked")
    public static <T> ContentTranslations<T> none() {
        return (ContentTranslations<T>) NONE;
    }

    public static <T> ContentTranslations<T> of(Locale language, T translation) {
        return new ContentTranslations<>(Map.of(language, translation));
    }

    /** The translation into the language of the given locale, if there is one. */
    public Optional<T> in(Locale locale) {
        return Optional.ofNullable(byLanguage.get(Locale.of(locale.getLanguage())));
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
