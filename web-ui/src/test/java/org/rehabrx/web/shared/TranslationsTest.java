package org.rehabrx.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** Every screen speaks both languages completely: a key written in one language only is a defect. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyBundleHasTheSameKeysInEnglishAndSpanish() {
        assertThat(Translations.baseNames()).isNotEmpty();
        for (String baseName : Translations.baseNames()) {
            ResourceBundle english = Translations.bundle(baseName, Locale.ENGLISH);
            ResourceBundle spanish = Translations.bundle(baseName, Translations.SPANISH);

            assertThat(spanish.getLocale()).as(baseName + " in Spanish").isEqualTo(Translations.SPANISH);
            assertThat(spanish.keySet()).as(baseName).containsExactlyInAnyOrderElementsOf(english.keySet());
            english.keySet().forEach(key -> assertThat(spanish.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void aScreenFollowsTheLanguageOfItsUserAndFallsBackToEnglish() {
        assertThat(translations.getTranslation("nav.patients", Locale.ENGLISH)).isEqualTo("My patients");
        assertThat(translations.getTranslation("nav.patients", Locale.forLanguageTag("es-MX"))).isEqualTo("Mis pacientes");
        assertThat(translations.getTranslation("nav.patients", Locale.GERMAN)).isEqualTo("My patients");
    }

    @Test
    void parametersAreFormattedForTheLanguage() {
        assertThat(translations.getTranslation("shell.signedInAs", Locale.ENGLISH, "Ana Gómez"))
                .isEqualTo("Signed in as Ana Gómez");
        assertThat(translations.getTranslation("shell.signedInAs", Translations.SPANISH, "Ana Gómez"))
                .isEqualTo("Sesión iniciada como Ana Gómez");
    }

    @Test
    void anUnknownKeyIsShownAsSuchRatherThanFailingTheScreen() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
