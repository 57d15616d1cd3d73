package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.rehabrx.core.exercise.ForefootExercises.PAIN_LIMIT;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabrx.core.shared.Side;

class DosageTest {

    private static Dosage dosage(int sets, Integer reps, Integer hold, Integer minutes, int rest, int timesPerDay,
                                 int daysPerWeek) {
        return new Dosage(sets, reps, hold, minutes, rest, null, timesPerDay, daysPerWeek, Side.BOTH, PAIN_LIMIT);
    }

    @Test
    void aRepetitionDosageKeepsWhatWasPrescribed() {
        var dosage = Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT);

        assertThat(dosage.sets()).isEqualTo(2);
        assertThat(dosage.reps()).isEqualTo(10);
        assertThat(dosage.holdSeconds()).isNull();
        assertThat(dosage.durationMinutes()).isNull();
        assertThat(dosage.restSeconds()).isEqualTo(30);
        assertThat(dosage.load()).isNull();
        assertThat(dosage.timesPerDay()).isEqualTo(2);
        assertThat(dosage.daysPerWeek()).isEqualTo(5);
        assertThat(dosage.side()).isEqualTo(Side.BOTH);
        assertThat(dosage.painLimit()).isEqualTo(PAIN_LIMIT);
    }

    @Test
    void holdAndDurationFactoriesSetOnlyTheirMeasure() {
        var hold = Dosage.hold(3, 10, 20, 1, 7, Side.LEFT, PAIN_LIMIT);
        var duration = Dosage.duration(1, 10, 0, 1, 7, Side.RIGHT, PAIN_LIMIT);

        assertThat(hold.holdSeconds()).isEqualTo(10);
        assertThat(hold.reps()).isNull();
        assertThat(hold.durationMinutes()).isNull();
        assertThat(duration.durationMinutes()).isEqualTo(10);
        assertThat(duration.reps()).isNull();
        assertThat(duration.holdSeconds()).isNull();
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        assertThat(dosage(1, 1, null, null, 0, 1, 1)).isNotNull();
        assertThat(dosage(10, 100, null, null, 600, 12, 7)).isNotNull();
        assertThat(dosage(1, null, 1, null, 0, 1, 1).holdSeconds()).isEqualTo(1);
        assertThat(dosage(1, null, 300, null, 0, 1, 1).holdSeconds()).isEqualTo(300);
        assertThat(dosage(1, null, null, 60, 0, 1, 1).durationMinutes()).isEqualTo(60);
    }

    @Test
    void zeroSetsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(0, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT))
                .withMessage("Sets must be from 1 to 10.");
    }

    @Test
    void elevenSetsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(11, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT))
                .withMessage("Sets must be from 1 to 10.");
    }

    @Test
    void repsAndHoldTogetherAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage(2, 10, 5, null, 30, 2, 5))
                .withMessage("Give exactly one of repetitions, hold time or duration for each set.");
    }

    @Test
    void allThreeMeasuresTogetherAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage(2, 10, 5, 3, 30, 2, 5))
                .withMessage("Give exactly one of repetitions, hold time or duration for each set.");
    }

    @Test
    void noMeasureAtAllIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage(2, null, null, null, 30, 2, 5))
                .withMessage("Give exactly one of repetitions, hold time or duration for each set.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -3})
    void repetitionsOutsideOneToAHundredAreRefused(int reps) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(2, reps, 30, 2, 5, Side.BOTH, PAIN_LIMIT))
                .withMessage("Repetitions must be from 1 to 100.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 301})
    void aHoldOfZeroOrOverFiveMinutesIsRefused(int seconds) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.hold(3, seconds, 20, 1, 7, Side.BOTH, PAIN_LIMIT))
                .withMessage("A hold lasts from 1 to 300 seconds.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 61})
    void aDurationOutsideOneToSixtyMinutesIsRefused(int minutes) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.duration(1, minutes, 0, 1, 7, Side.BOTH, PAIN_LIMIT))
                .withMessage("A duration is from 1 to 60 minutes.");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 601})
    void negativeOrOverlongRestIsRefused(int rest) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(2, 10, rest, 2, 5, Side.BOTH, PAIN_LIMIT))
                .withMessage("Rest is from 0 to 600 seconds.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13})
    void timesPerDayOutsideOneToTwelveAreRefused(int times) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(2, 10, 30, times, 5, Side.BOTH, PAIN_LIMIT))
                .withMessage("Times per day must be from 1 to 12.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8})
    void daysPerWeekOutsideOneToSevenAreRefused(int days) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dosage.reps(2, 10, 30, 2, days, Side.BOTH, PAIN_LIMIT))
                .withMessage("Days per week must be from 1 to 7.");
    }

    @Test
    void problemsListsEveryProblemAtOnceInFormOrder() {
        var problems = Dosage.problems(0, 10, 5, null, -1, 13, 8);

        assertThat(problems).containsExactly(
                "Sets must be from 1 to 10.",
                "Give exactly one of repetitions, hold time or duration for each set.",
                "Rest is from 0 to 600 seconds.",
                "Times per day must be from 1 to 12.",
                "Days per week must be from 1 to 7.");
    }

    @Test
    void problemsReportsEachOutOfRangeMeasure() {
        assertThat(Dosage.problems(1, 0, 0, 0, 0, 1, 1)).containsExactly(
                "Give exactly one of repetitions, hold time or duration for each set.",
                "Repetitions must be from 1 to 100.",
                "A hold lasts from 1 to 300 seconds.",
                "A duration is from 1 to 60 minutes.");
    }

    @Test
    void problemsIsEmptyForAPossibleDosage() {
        assertThat(Dosage.problems(2, 10, null, null, 30, 2, 5)).isEmpty();
    }

    @Test
    void theConstructorReportsEveryProblemInOneMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage(0, null, null, null, 30, 13, 5))
                .withMessage("Sets must be from 1 to 10. "
                        + "Give exactly one of repetitions, hold time or duration for each set. "
                        + "Times per day must be from 1 to 12.");
    }

    @Test
    void sideAndPainLimitAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> Dosage.reps(2, 10, 30, 2, 5, null, PAIN_LIMIT))
                .withMessage("side");
        assertThatNullPointerException()
                .isThrownBy(() -> Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, null))
                .withMessage("pain limit");
    }

    @Test
    void withHoldSecondsSwitchesFromRepetitionsToAHold() {
        var load = new Load(BigDecimal.ONE, LoadUnit.KG);
        var reps = Dosage.reps(2, 10, 30, 2, 5, Side.LEFT, PAIN_LIMIT).withLoad(load);

        var hold = reps.withHoldSeconds(15);

        assertThat(hold.holdSeconds()).isEqualTo(15);
        assertThat(hold.reps()).isNull();
        assertThat(hold.durationMinutes()).isNull();
        assertThat(hold.sets()).isEqualTo(2);
        assertThat(hold.restSeconds()).isEqualTo(30);
        assertThat(hold.load()).isEqualTo(load);
        assertThat(hold.timesPerDay()).isEqualTo(2);
        assertThat(hold.daysPerWeek()).isEqualTo(5);
        assertThat(hold.side()).isEqualTo(Side.LEFT);
        assertThat(hold.painLimit()).isEqualTo(PAIN_LIMIT);
    }

    @Test
    void withDurationMinutesSwitchesFromAHoldToADuration() {
        var duration = Dosage.hold(3, 10, 20, 1, 7, Side.BOTH, PAIN_LIMIT).withDurationMinutes(5);

        assertThat(duration.durationMinutes()).isEqualTo(5);
        assertThat(duration.holdSeconds()).isNull();
        assertThat(duration.reps()).isNull();
        assertThat(duration.sets()).isEqualTo(3);
    }

    @Test
    void withRepsSwitchesFromADurationToRepetitions() {
        var reps = Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PAIN_LIMIT).withReps(12);

        assertThat(reps.reps()).isEqualTo(12);
        assertThat(reps.holdSeconds()).isNull();
        assertThat(reps.durationMinutes()).isNull();
    }

    @Test
    void theSwitchesStillValidateTheNewMeasure() {
        var dosage = Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage.withReps(101))
                .withMessage("Repetitions must be from 1 to 100.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage.withHoldSeconds(0))
                .withMessage("A hold lasts from 1 to 300 seconds.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dosage.withDurationMinutes(0))
                .withMessage("A duration is from 1 to 60 minutes.");
    }

    @Test
    void withSideAndWithLoadChangeOnlyThatPart() {
        var dosage = Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT);
        var load = new Load(new BigDecimal("2"), LoadUnit.KG);

        var left = dosage.withSide(Side.LEFT);
        var loaded = dosage.withLoad(load);

        assertThat(left).isEqualTo(new Dosage(2, 10, null, null, 30, null, 2, 5, Side.LEFT, PAIN_LIMIT));
        assertThat(loaded).isEqualTo(new Dosage(2, 10, null, null, 30, load, 2, 5, Side.BOTH, PAIN_LIMIT));
        assertThat(loaded.withLoad(null)).isEqualTo(dosage);
    }
}
