package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.shared.Side;

class OrthoticNoteTest {

    @Test
    void aPadWithPlacementAndWearSchedule() {
        var pad = new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.LEFT, " just behind the 2nd–4th metatarsal heads ",
                " all day in outdoor shoes ", null);

        assertThat(pad.placement()).isEqualTo("just behind the 2nd–4th metatarsal heads");
        assertThat(pad.wearSchedule()).isEqualTo("all day in outdoor shoes");
        assertThat(pad.instructions()).isEmpty();
    }

    @Test
    void aWearScheduleIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrthoticNote(OrthoticType.FOOT_ORTHOSIS, Side.BOTH, "", " ", ""))
                .withMessage("Enter a wear schedule.");
    }

    @Test
    void longInstructionsAreRefusedInAGrammaticalMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrthoticNote(OrthoticType.FOOT_ORTHOSIS, Side.BOTH, "", "all day",
                        "x".repeat(2001)))
                .withMessage("Instruction text is too long: at most 2000 characters.");
    }

    @Test
    void theLadderIsInTheOrderItIsClimbed() {
        assertThat(OrthoticType.values()).containsExactly(OrthoticType.METATARSAL_PAD,
                OrthoticType.SOLE_MODIFICATION, OrthoticType.FOOT_ORTHOSIS, OrthoticType.FOOTWEAR_CHANGE);
    }
}
