package org.rehabrx.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.shared.Side;

class ConditionTest {

    @Test
    void keepsTheClinicianWordsTrimmedAndTheSide() {
        var condition = new Condition("  Central metatarsalgia, MTP joints 2–4 ", Side.LEFT);

        assertThat(condition.description()).isEqualTo("Central metatarsalgia, MTP joints 2–4");
        assertThat(condition.side()).isEqualTo(Side.LEFT);
    }

    @Test
    void theConditionMustBeDescribed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Condition(" ", Side.BOTH))
                .withMessage("Enter the condition being treated.");
    }

    @Test
    void theDescriptionHasAtMost500Characters() {
        assertThat(new Condition("x".repeat(500), Side.BOTH).description()).hasSize(500);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Condition("x".repeat(501), Side.BOTH))
                .withMessage("Condition being treated is too long: at most 500 characters.");
    }

    @Test
    void theSideIsRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Condition("Central metatarsalgia", null))
                .withMessage("side");
    }
}
