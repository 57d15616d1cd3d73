package org.rehabrx.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContentTranslationsTest {

    @Test
    void aTranslationIsFoundByTheLanguageOfAnyLocale() {
        var translations = ContentTranslations.of(Locale.of("es"), "Hola");

        assertThat(translations.in(Locale.of("es"))).contains("Hola");
        assertThat(translations.in(Locale.forLanguageTag("es-MX"))).contains("Hola");
        assertThat(translations.in(Locale.ENGLISH)).isEmpty();
        assertThat(ContentTranslations.none().in(Locale.of("es"))).isEmpty();
    }

    @Test
    void aTranslationIsFiledUnderALanguageAloneAndIsNeverMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContentTranslations.of(Locale.forLanguageTag("es-ES"), "Hola"))
                .withMessageContaining("language alone");
        var missing = new HashMap<Locale, String>();
        missing.put(Locale.of("es"), null);
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentTranslations<>(missing))
                .withMessageContaining("missing");
    }

    @Test
    void translationsCompareByContent() {
        assertThat(new ContentTranslations<>(Map.of(Locale.of("es"), "Hola")))
                .isEqualTo(ContentTranslations.of(Locale.of("es"), "Hola"))
                .isNotEqualTo(ContentTranslations.of(Locale.of("es"), "Buenas"));
    }
}
