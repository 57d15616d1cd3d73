package org.rehabrx.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class DomainMessagesTest {

    private static final Locale SPANISH = Translations.SPANISH;

    @Test
    void theNumbersInAMessageCarryOver() {
        assertThat(DomainMessages.translate("Sets must be from 1 to 10.", SPANISH))
                .isEqualTo("Las series deben ser de 1 a 10.");
    }

    @Test
    void aNameInsideAMessageCarriesOver() {
        assertThat(DomainMessages.translate("Heel raises has levels 1 to 3, not 5.", SPANISH))
                .isEqualTo("Heel raises tiene los niveles 1 a 3, no 5.");
        assertThat(DomainMessages.translate("The username ana.gomez is already in use.", SPANISH))
                .isEqualTo("El nombre de usuario ana.gomez ya está en uso.");
    }

    @Test
    void theThingAFreeTextMessageNamesIsTranslatedToo() {
        assertThat(DomainMessages.translate("Enter the exercise name.", SPANISH))
                .isEqualTo("Escriba el nombre del ejercicio.");
        assertThat(DomainMessages.translate("The goal is too long: at most 500 characters.", SPANISH))
                .isEqualTo("Acorte el objetivo: como máximo 500 caracteres.");
        assertThat(DomainMessages.translate("A name for level 2 is too long: at most 80 characters.", SPANISH))
                .isEqualTo("Acorte un nombre para el nivel 2: como máximo 80 caracteres.");
    }

    @Test
    void aMessageOfSeveralProblemsIsTranslatedProblemByProblem() {
        assertThat(DomainMessages.translate("Sets must be from 1 to 10. Rest is from 0 to 600 seconds.", SPANISH))
                .isEqualTo("Las series deben ser de 1 a 10. El descanso es de 0 a 600 segundos.");
    }

    @Test
    void theDomainsOwnDosageMessagesAreAllKnown() {
        var problems = Dosage.problems(11, 101, null, null, 601, 13, 8);
        assertThat(problems).isNotEmpty();
        for (var problem : problems) {
            assertThat(DomainMessages.translate(problem, SPANISH)).isNotEqualTo(problem);
        }
    }

    @Test
    void everyRefusalOfThePasswordPolicyIsKnown() {
        var owner = new Username("ana.gomez");
        var problems = Stream.of("ana.gomez", "leavemealone", "short", "x".repeat(129))
                .flatMap(candidate -> PasswordPolicy.problemsWith(candidate, owner).stream())
                .distinct()
                .toList();
        assertThat(problems).hasSize(4);
        for (var problem : problems) {
            assertThat(DomainMessages.translate(problem, SPANISH)).isNotEqualTo(problem);
        }
    }

    @Test
    void anUnknownMessageStaysEnglish() {
        assertThat(DomainMessages.translate("Something nobody foresaw.", SPANISH)).isEqualTo("Something nobody foresaw.");
        assertThat(DomainMessages.translate("Sets must be from 1 to 10. Something nobody foresaw.", SPANISH))
                .isEqualTo("Sets must be from 1 to 10. Something nobody foresaw.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "nl"})
    void otherLanguagesReadTheEnglishMessage(String language) {
        assertThat(DomainMessages.translate("Sets must be from 1 to 10.", Locale.forLanguageTag(language)))
                .isEqualTo("Sets must be from 1 to 10.");
    }

    @Test
    void everySpanishPatternHasTheSamePlaceholdersAsItsEnglishOne() {
        assertSamePlaceholders(DomainMessages.SPANISH);
        assertSamePlaceholders(DomainMessages.THINGS);
    }

    @Test
    void placeholdersAreNumberedFromZeroInOrder() {
        for (var english : DomainMessages.SPANISH.keySet()) {
            var numbers = DomainMessages.placeholders(english);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as(english).isEqualTo(i);
            }
        }
    }

    /** A new refusal written as one literal in the domain fails here until it has its Spanish words. */
    @Test
    void everyLiteralRefusalOfTheDomainHasSpanishWords() throws IOException {
        var literal = Pattern.compile("(?:Exception\\(|problems\\.add\\()\\s*\"([^\"]+)\"\\s*\\)");
        var untranslated = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "core", "src", "main", "java"))) {
            for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (DomainMessages.translate(matcher.group(1), SPANISH).equals(matcher.group(1))) {
                        untranslated.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    private static void assertSamePlaceholders(Map<String, String> table) {
        table.forEach((english, spanish) -> {
            Set<Integer> inEnglish = new TreeSet<>(DomainMessages.placeholders(english));
            Set<Integer> inSpanish = new TreeSet<>(DomainMessages.placeholders(spanish));
            assertThat(inSpanish).as(spanish).isEqualTo(inEnglish);
            assertThat(spanish).as(english).isNotBlank().isNotEqualTo(english);
        });
    }
}
