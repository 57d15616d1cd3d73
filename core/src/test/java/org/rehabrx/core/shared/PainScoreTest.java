package org.rehabrx.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PainScoreTest {

    @Property
    void everyRatingOnTheScaleIsAccepted(@ForAll @IntRange(min = 0, max = 10) int value) {
        assertThat(PainScore.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE})
    void ratingsOffTheScaleAreRefusedNamingTheScale(int value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PainScore.of(value))
                .withMessage("Pain is rated from 0 (none) to 10 (worst imaginable); got " + value + ".");
    }

    @Test
    void noneIsZero() {
        assertThat(PainScore.NONE).isEqualTo(PainScore.of(0));
    }

    @Test
    void comparesByValue() {
        assertThat(PainScore.of(6).isAbove(PainScore.of(5))).isTrue();
        assertThat(PainScore.of(5).isAbove(PainScore.of(5))).isFalse();
        assertThat(PainScore.of(5).isAtMost(5)).isTrue();
        assertThat(PainScore.of(6).isAtMost(5)).isFalse();
        assertThat(PainScore.of(2)).isLessThan(PainScore.of(3));
        assertThat(PainScore.of(7).compareTo(PainScore.of(7))).isZero();
    }

    @Test
    void readsOutOfTen() {
        assertThat(PainScore.of(4)).hasToString("4/10");
    }
}
