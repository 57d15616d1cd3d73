package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.core.exercise.ForefootExercises.level;
import static org.rehabrx.core.exercise.ForefootExercises.twiceDailyToeCurls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.HealthFlag;

class ExerciseDescriptionTest {

    private static ExerciseDescription toeCurlsWith(String name, Set<ExercisePurpose> purposes, List<String> steps,
                                                    List<Level> levels) {
        return new ExerciseDescription(name, BodyRegion.FOREFOOT, purposes, List.of(), steps, List.of(), List.of(),
                Set.of(), levels);
    }

    private static List<Level> levelsNumbered(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> level(n, "Level " + n, twiceDailyToeCurls())).toList();
    }

    @Test
    void theForefootFixturesAreValid() {
        var toeCurls = ForefootExercises.toeCurls();

        assertThat(toeCurls.name()).isEqualTo("Toe curls");
        assertThat(toeCurls.levels()).extracting(Level::number).containsExactly(1, 2, 3);
        assertThat(ForefootExercises.warmFootSoak().cautionFlags()).contains(HealthFlag.REDUCED_FOOT_SENSATION);
    }

    @Test
    void theNameIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith(" ", Set.of(ExercisePurpose.MOBILITY), List.of("Curl the toes."),
                        levelsNumbered(1)))
                .withMessage("Enter the exercise name.");
    }

    @Test
    void theNameHasAtMost120Characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("x".repeat(121), Set.of(ExercisePurpose.MOBILITY),
                        List.of("Curl the toes."), levelsNumbered(1)))
                .withMessage("Exercise name is too long: at most 120 characters.");
    }

    @Test
    void atLeastOnePurpose() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(), List.of("Curl the toes."), levelsNumbered(1)))
                .withMessage("Choose at least one purpose for the exercise.");
    }

    @Test
    void atLeastOneStepAndBlankStepsDoNotCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY), List.of(" ", ""),
                        levelsNumbered(1)))
                .withMessage("Describe at least one step of the exercise.");
    }

    @Test
    void atLeastOneLevel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY),
                        List.of("Curl the toes."), List.of()))
                .withMessage("An exercise needs at least one level.");
    }

    @Test
    void levelsAreNumberedOneToNWithoutGaps() {
        assertThat(toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY), List.of("Curl the toes."),
                levelsNumbered(1, 2, 3, 4)).levels()).hasSize(4);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY),
                        List.of("Curl the toes."), levelsNumbered(1, 3)))
                .withMessage("Levels must be numbered 1 to 2 in order.");
    }

    @Test
    void levelsMustBeInOrderAndNotRepeated() {
        for (var numbers : List.of(new int[] {2, 1}, new int[] {1, 1}, new int[] {2})) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY),
                            List.of("Curl the toes."), levelsNumbered(numbers)))
                    .withMessageContaining("Levels must be numbered 1 to " + numbers.length);
        }
    }

    @Test
    void listsAreTrimmedWithoutBlanksAndCopied() {
        var steps = new ArrayList<>(List.of(" Sit with the foot on a towel. ", " ", "Curl the toes."));
        var levels = new ArrayList<>(levelsNumbered(1));
        var purposes = EnumSet.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH);
        var flags = EnumSet.of(HealthFlag.OPEN_WOUND);
        var description = new ExerciseDescription("Toe curls", BodyRegion.FOREFOOT, purposes,
                List.of(" A towel "), steps, List.of("", "Keep the heel down."), List.of(), flags, levels);

        steps.add("Another step");
        levels.add(level(2, "Standing", twiceDailyToeCurls()));
        purposes.add(ExercisePurpose.MOBILITY);
        flags.add(HealthFlag.BALANCE_IMPAIRMENT);

        assertThat(description.steps()).containsExactly("Sit with the foot on a towel.", "Curl the toes.");
        assertThat(description.equipment()).containsExactly("A towel");
        assertThat(description.cues()).containsExactly("Keep the heel down.");
        assertThat(description.levels()).hasSize(1);
        assertThat(description.purposes()).containsExactly(ExercisePurpose.INTRINSIC_FOOT_STRENGTH);
        assertThat(description.cautionFlags()).containsExactly(HealthFlag.OPEN_WOUND);
        assertThatThrownBy(() -> description.levels().add(level(2, "Standing", twiceDailyToeCurls())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTooLongStepIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> toeCurlsWith("Toe curls", Set.of(ExercisePurpose.MOBILITY),
                        List.of("x".repeat(1001)), levelsNumbered(1)))
                .withMessage("Step is too long: at most 1000 characters.");
    }
}
