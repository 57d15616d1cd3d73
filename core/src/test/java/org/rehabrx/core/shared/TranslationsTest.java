package org.rehabrx.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void aTranslationIsFoundByTheLanguageOfAnyLocale() {
        var translations = Translations.of(Locale.of("es"), "Hola");

        assertThat(translations.in(Locale.of("es"))).contains("Hola");
        assertThat(translations.in(Locale.forLanguageTag("es-MX"))).contains("Hola");
        assertThat(translations.in(Locale.ENGLISH)).isEmpty();
        assertThat(Translations.none().in(Locale.of("es"))).isEmpty();
    }

    @Test
    void aTranslationIsFiledUnderALanguageAloneAndIsNeverMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Translations.of(Locale.forLanguageTag("es-ES"), "Hola"))
                .withMessageContaining("language alone");
        var missing = new HashMap<Locale, String>();
        missing.put(Locale.of("es"), null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Translations<>(missing))
                .withMessageContaining("missing");
    }

    @Test
    void translationsCompareByContent() {
        assertThat(new Translations<>(Map.of(Locale.of("es"), "Hola")))
                .isEqualTo(Translations.of(Locale.of("es"), "Hola"))
                .isNotEqualTo(Translations.of(Locale.of("es"), "Buenas"));
    }
}
