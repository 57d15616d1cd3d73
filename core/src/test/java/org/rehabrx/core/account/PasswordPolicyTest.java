package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final Username owner = new Username("anna.berg");

    @Test
    void acceptsAPassphraseOfOrdinaryWords() {
        assertThat(PasswordPolicy.problemsWith("correct horse battery", owner)).isEmpty();
    }

    @Test
    void refusesElevenCharactersAndSaysHowManyAreNeeded() {
        assertThat(PasswordPolicy.problemsWith("abcdefghijk", owner))
                .singleElement().asString().contains("at least 12");
    }

    @Test
    void countsCharactersNotBytesSoGreekPassphrasesAreMeasuredFairly() {
        String twelveGreekLetters = "αβγδεζηθικλμ";
        assertThat(twelveGreekLetters.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(24);
        assertThat(PasswordPolicy.problemsWith(twelveGreekLetters, owner)).isEmpty();
        assertThat(PasswordPolicy.problemsWith(twelveGreekLetters.substring(1), owner)).hasSize(1);
    }

    @Test
    void acceptsLongPassphrasesUpToTheMaximum() {
        assertThat(PasswordPolicy.problemsWith("x".repeat(PasswordPolicy.MAX_LENGTH), owner)).isEmpty();
        assertThat(PasswordPolicy.problemsWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1), owner))
                .singleElement().asString().contains("at most 128");
    }

    @Test
    void refusesTheUsernameAsPassword() {
        var longOwner = new Username("anna.berg.physio");
        assertThat(PasswordPolicy.problemsWith("Anna.Berg.Physio", longOwner))
                .singleElement().asString().contains("username");
    }

    @Test
    void acceptsSixtyFourCharactersAndMore() {
        String sixtyFour = "a quiet walk by the river every morning keeps the knee moving ok";
        assertThat(sixtyFour).hasSize(64);
        assertThat(PasswordPolicy.problemsWith(sixtyFour, owner)).isEmpty();
        assertThat(PasswordPolicy.problemsWith(sixtyFour + sixtyFour, owner)).isEmpty();
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        String elevenLettersAndAnEmoji = "kneebendsok\uD83D\uDCAA";
        assertThat(elevenLettersAndAnEmoji).hasSize(13);
        assertThat(PasswordPolicy.problemsWith(elevenLettersAndAnEmoji, owner)).isEmpty();
        assertThat(PasswordPolicy.problemsWith("kneebendso\uD83D\uDCAA", owner))
                .singleElement().asString().contains("at least 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1q2w3e4r5t6y", "leavemealone", "LeaveMeAlone", " 123456654321 "})
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertThat(PasswordPolicy.problemsWith(common, owner))
                .singleElement().asString().contains("most common");
    }

    @Test
    void refusesAShortCommonPasswordForBothReasons() {
        assertThat(PasswordPolicy.problemsWith("password", owner))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("at least 12"))
                .anySatisfy(problem -> assertThat(problem).contains("most common"));
    }

    @Test
    void theShippedListHoldsTenThousandPasswords() throws IOException {
        try (var list = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            assertThat(list).isNotNull();
            var lines = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(10_000).doesNotHaveDuplicates().startsWith("123456", "password");
            assertThat(lines).allSatisfy(line -> assertThat(line).isEqualTo(line.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void requireReportsEveryProblemAtOnce() {
        var shortOwner = new Username("abc");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PasswordPolicy.require("abc", shortOwner))
                .withMessageContaining("at least 12")
                .withMessageContaining("username");
    }
}
