package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyEnglishLabelHasASpanishTranslationAndNoOther() throws IOException {
        var english = load("labels.properties");
        var spanish = load("labels_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (var key : english.stringPropertyNames()) {
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void patternsFillInTheirArgumentsInTheRightLanguage() {
        var spanish = new Labels(Locale.of("es", "ES"));
        assertThat(spanish.get("exercise.painLimit", 5)).isEqualTo("Pare si el dolor supera 5/10.");
        assertThat(spanish.date(LocalDate.of(2026, 11, 24))).isEqualTo("24 de noviembre de 2026");
        assertThat(spanish.locale().getLanguage()).isEqualTo("es");
        var english = new Labels(Locale.ENGLISH);
        assertThat(english.get("footer.page", 3)).isEqualTo("Page 3 of");
        assertThat(english.get("education.repeat.range", 2, 3)).isEqualTo("Repeat every 2 to 3 months.");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
