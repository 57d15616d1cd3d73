package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.rehabrx.core.programme.Forefoot.TOE_CURLS;

import org.junit.jupiter.api.Test;

class PrescribedExerciseTest {

    @Test
    void levelsAreNumberedFromOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescribedExercise(TOE_CURLS.id(), 0, TOE_CURLS.level(1).defaultDosage(), ""))
                .withMessage("Levels are numbered from 1.");
    }

    @Test
    void theNoteIsOptionalTrimmedAndLimited() {
        var dosage = TOE_CURLS.level(1).defaultDosage();

        assertThat(new PrescribedExercise(TOE_CURLS.id(), 1, dosage, null).clinicianNote()).isEmpty();
        assertThat(new PrescribedExercise(TOE_CURLS.id(), 1, dosage, "  After your shower. ").clinicianNote())
                .isEqualTo("After your shower.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrescribedExercise(TOE_CURLS.id(), 1, dosage, "x".repeat(1001)))
                .withMessage("Note is too long: at most 1000 characters.");
    }

    @Test
    void atChangesLevelAndDosageAndKeepsTheNote() {
        var prescribed = new PrescribedExercise(TOE_CURLS.id(), 1, TOE_CURLS.level(1).defaultDosage(), "Slowly.");

        var moved = prescribed.at(2, TOE_CURLS.level(2).defaultDosage());

        assertThat(moved).isEqualTo(
                new PrescribedExercise(TOE_CURLS.id(), 2, TOE_CURLS.level(2).defaultDosage(), "Slowly."));
    }
}
