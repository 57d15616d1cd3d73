package org.rehabrx.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void requiredTextMustBeGiven(String missing) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.required(missing, "the patient's name", 200))
                .withMessage("Enter the patient's name.");
    }

    @Test
    void requiredTextIsTrimmed() {
        assertThat(Text.required("  Toe curls \n", "the exercise name", 120)).isEqualTo("Toe curls");
    }

    @Test
    void requiredTextAtTheLimitIsAcceptedAndOneMoreIsRefused() {
        assertThat(Text.required("a".repeat(10), "a title", 10)).hasSize(10);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.required("a".repeat(11), "a title", 10))
                .withMessage("Title is too long: at most 10 characters.");
    }

    @Test
    void theLimitAppliesAfterTrimming() {
        assertThat(Text.required("   " + "a".repeat(10) + "   ", "a title", 10)).hasSize(10);
    }

    @Test
    void theTooLongMessageDropsTheArticleAndCapitalises() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.optional("x".repeat(6), "an equipment entry", 5))
                .withMessage("Equipment entry is too long: at most 5 characters.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.optional("x".repeat(6), "the goal", 5))
                .withMessage("Goal is too long: at most 5 characters.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.optional("x".repeat(6), "wear schedule", 5))
                .withMessage("Wear schedule is too long: at most 5 characters.");
    }

    @Test
    void optionalTextIsEmptyWhenNotGivenAndTrimmedWhenGiven() {
        assertThat(Text.optional(null, "the goal", 100)).isEmpty();
        assertThat(Text.optional("   ", "the goal", 100)).isEmpty();
        assertThat(Text.optional("  Walk to the shop without pain  ", "the goal", 100))
                .isEqualTo("Walk to the shop without pain");
    }

    @Test
    void linesDropBlankEntriesAndTrimTheRest() {
        var lines = Text.lines(Arrays.asList("  Sit with the foot flat. ", null, "", "   ", "Curl the toes."),
                "a step", 100);

        assertThat(lines).containsExactly("Sit with the foot flat.", "Curl the toes.");
    }

    @Test
    void linesAreEmptyWhenNotGiven() {
        assertThat(Text.lines(null, "a step", 100)).isEmpty();
    }

    @Test
    void linesAreAnIndependentImmutableCopy() {
        var given = new ArrayList<>(List.of("Curl the toes."));
        var lines = Text.lines(given, "a step", 100);

        given.add("Another step");

        assertThat(lines).containsExactly("Curl the toes.");
        assertThatThrownBy(() -> lines.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTooLongLineIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Text.lines(List.of("short", "x".repeat(101)), "a cue", 100))
                .withMessage("Cue is too long: at most 100 characters.");
    }
}
