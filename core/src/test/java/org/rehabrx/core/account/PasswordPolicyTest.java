package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

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
    void requireReportsEveryProblemAtOnce() {
        var shortOwner = new Username("abc");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PasswordPolicy.require("abc", shortOwner))
                .withMessageContaining("at least 12")
                .withMessageContaining("username");
    }
}
