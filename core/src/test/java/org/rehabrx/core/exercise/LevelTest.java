package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @Test
    void keepsItsNumberTrimmedNameInstructionsAndDosage() {
        var level = new Level(2, " Standing towel curls ", " Stand holding a chair. ",
                ForefootExercises.twiceDailyToeCurls());

        assertThat(level.number()).isEqualTo(2);
        assertThat(level.name()).isEqualTo("Standing towel curls");
        assertThat(level.instructions()).isEqualTo("Stand holding a chair.");
        assertThat(level.defaultDosage()).isEqualTo(ForefootExercises.twiceDailyToeCurls());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void levelsAreNumberedFromOne(int number) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Level(number, "Seated", "", ForefootExercises.twiceDailyToeCurls()))
                .withMessage("Levels are numbered from 1.");
    }

    @Test
    void aLevelNeedsANameAndTheMessageSaysWhichLevel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Level(3, "  ", "", ForefootExercises.twiceDailyToeCurls()))
                .withMessage("Enter a name for level 3.");
    }

    @Test
    void theNameHasAtMost100Characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Level(2, "x".repeat(101), "", ForefootExercises.twiceDailyToeCurls()))
                .withMessage("Name for level 2 is too long: at most 100 characters.");
    }

    @Test
    void instructionsAreOptional() {
        assertThat(new Level(1, "Seated", null, ForefootExercises.twiceDailyToeCurls()).instructions()).isEmpty();
    }

    @Test
    void instructionsHaveAtMost2000CharactersInAGrammaticalMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Level(2, "Standing", "x".repeat(2001), ForefootExercises.twiceDailyToeCurls()))
                .withMessage("Instruction text of level 2 is too long: at most 2000 characters.");
    }

    @Test
    void aLevelNeedsADefaultDosage() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Level(1, "Seated", "", null))
                .withMessage("default dosage");
    }
}
