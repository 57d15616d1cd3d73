package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void isStoredTrimmedAndInLowerCase() {
        assertThat(new Username("  Anna.Berg ").value()).isEqualTo("anna.berg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ab", ".anna", "anna berg", "anna/berg", "ännа"})
    void rejectsNamesThatCannotBeTypedReliably(String candidate) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(candidate));
    }

    @Test
    void rejectsOverlongNamesWithTheLimitInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Username("a".repeat(Username.MAX_LENGTH + 1)))
                .withMessageContaining("64");
    }
}
