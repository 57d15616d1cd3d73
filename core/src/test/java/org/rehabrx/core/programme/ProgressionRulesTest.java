package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressionRulesTest {

    private static ProgressionRules rules(int sessions, int advance, int hold) {
        return new ProgressionRules(sessions, advance, hold, 2, 5, 2, 30, 60, 30);
    }

    @Test
    void thePainMonitoringModelAsPublished() {
        var model = ProgressionRules.PAIN_MONITORING_MODEL;

        assertThat(model.sessionsRequired()).isEqualTo(3);
        assertThat(model.advanceMaxPain()).isEqualTo(3);
        assertThat(model.holdMaxPain()).isEqualTo(5);
    }

    @Test
    void thePainMonitoringModelInPlainLanguage() {
        assertThat(ProgressionRules.PAIN_MONITORING_MODEL.plainLanguage()).containsExactly(
                "Some pain while exercising is fine as long as it stays at 5/10 or below and has settled by the "
                        + "next morning.",
                "After 3 sessions in a row completed with pain at 3/10 or below, and no worse the next morning, "
                        + "your clinician may move you up a level.",
                "If pain goes above 5/10, or is worse the next morning than usual, the exercise is made easier "
                        + "for a while.");
    }

    @Test
    void plainLanguageFollowsTheParameters() {
        var strict = rules(5, 2, 4);

        assertThat(strict.plainLanguage().get(0)).contains("stays at 4/10 or below");
        assertThat(strict.plainLanguage().get(1)).startsWith("After 5 sessions in a row completed with pain at 2/10");
        assertThat(strict.plainLanguage().get(2)).startsWith("If pain goes above 4/10");
    }

    @Test
    void aSingleSessionReadsInTheSingular() {
        assertThat(rules(1, 3, 5).plainLanguage().get(1)).isEqualTo(
                "After 1 session completed with pain at 3/10 or below, and no worse the next morning, "
                        + "your clinician may move you up a level.");
    }

    @Test
    void theWidestPainThresholdsAreAccepted() {
        var widest = rules(14, 0, 10);

        assertThat(widest.advanceMaxPain()).isZero();
        assertThat(widest.holdMaxPain()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15})
    void sessionsRequiredAreFromOneToFourteen(int sessions) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rules(sessions, 3, 5))
                .withMessage("Sessions required must be from 1 to 14.");
    }

    @ParameterizedTest
    @CsvSource({"-1, 5", "3, 11", "5, 5", "6, 5"})
    void theAdvanceLimitMustBeBelowTheHoldLimitOnTheScale(int advance, int hold) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rules(3, advance, hold))
                .withMessage("Pain thresholds must satisfy 0 ≤ advance limit < hold limit ≤ 10.");
    }

    @Test
    void dosageStepsMustBeAtLeastOne() {
        for (var steps : new int[][] {{0, 5, 2}, {2, 0, 2}, {2, 5, 0}}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProgressionRules(3, 3, 5, steps[0], steps[1], steps[2], 30, 60, 30))
                    .withMessage("Dosage steps must be at least 1.");
        }
    }

    @Test
    void dosageCapsMustBeAtLeastOne() {
        for (var caps : new int[][] {{0, 60, 30}, {30, 0, 30}, {30, 60, 0}}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProgressionRules(3, 3, 5, 2, 5, 2, caps[0], caps[1], caps[2]))
                    .withMessage("Dosage caps must be at least 1.");
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressionRules(0, 5, 5, 0, 5, 2, 0, 60, 30))
                .withMessage("Sessions required must be from 1 to 14. "
                        + "Pain thresholds must satisfy 0 ≤ advance limit < hold limit ≤ 10. "
                        + "Dosage steps must be at least 1. "
                        + "Dosage caps must be at least 1.");
    }
}
