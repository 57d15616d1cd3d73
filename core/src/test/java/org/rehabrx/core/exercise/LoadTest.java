package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadTest {

    private static Load kg(String amount) {
        return new Load(new BigDecimal(amount), LoadUnit.KG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-1", "-0.5"})
    void aLoadMustBePositive(String amount) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> kg(amount))
                .withMessage("A load is more than 0 and at most 200 kg.");
    }

    @Test
    void twoHundredIsTheMostInTheUnitGiven() {
        assertThat(kg("200")).hasToString("200 kg");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> kg("200.1"))
                .withMessage("A load is more than 0 and at most 200 kg.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Load(new BigDecimal("250"), LoadUnit.LB))
                .withMessage("A load is more than 0 and at most 200 lb.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.25", "0.05", "1.001"})
    void atMostOneDecimalPlace(String amount) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> kg(amount))
                .withMessage("Give the load to at most one decimal place.");
    }

    @Test
    void trailingZerosDoNotCountAsDecimals() {
        assertThat(kg("2.50")).isEqualTo(kg("2.5"));
        assertThat(kg("2.00")).isEqualTo(kg("2"));
        assertThat(kg("0.1")).hasToString("0.1 kg");
    }

    @Test
    void readsAsAmountAndUnitWithoutExponents() {
        assertThat(kg("2.5")).hasToString("2.5 kg");
        assertThat(kg("10")).hasToString("10 kg");
        assertThat(kg("100.0")).hasToString("100 kg");
        assertThat(new Load(new BigDecimal("5"), LoadUnit.LB)).hasToString("5 lb");
    }

    @Test
    void theAmountItselfIsNeverInExponentNotation() {
        assertThat(kg("10").amount()).hasToString("10");
        assertThat(kg("200.0").amount()).hasToString("200");
        assertThat(kg("2.50").amount()).hasToString("2.5");
        assertThat(kg("10").amount().scale()).isZero();
    }

    @Test
    void theSameAmountInAnotherUnitIsAnotherLoad() {
        assertThat(kg("5")).isNotEqualTo(new Load(new BigDecimal("5"), LoadUnit.LB));
    }
}
