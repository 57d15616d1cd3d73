package org.rehabrx.core.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatIntervalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2 | 3  | every 2–3 months",
            "1 | 1  | every month",
            "3 | 3  | every 3 months",
            "1 | 2  | every 1–2 months",
            "6 | 24 | every 6–24 months"})
    void readsAsAPhrase(int min, int max, String sentence) {
        assertThat(new RepeatInterval(min, max).sentence()).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "3, 2", "1, 25", "-1, 1", "25, 25"})
    void refusesIntervalsOutsideOneToTwentyFourMonthsOrBackwards(int min, int max) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RepeatInterval(min, max))
                .withMessage("A repeat interval is 1 to 24 months, the shorter bound first.");
    }
}
