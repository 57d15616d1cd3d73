package org.rehabrx.core.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of the pain-monitoring model (Silbernagel et al., 2007) that turns session logs into
 * proposals. Pain during exercise up to {@code advanceMaxPain} is comfortable, up to {@code holdMaxPain}
 * acceptable if it settles by the next morning, above it too much.
 *
 * @param sessionsRequired      how many recent sessions at the current level an advance needs
 * @param advanceMaxPain        highest pain during exercise that still allows an advance
 * @param holdMaxPain           highest pain during exercise that is acceptable; above it, step back
 * @param repsStep              repetitions added (or taken away) at the top (or bottom) level
 * @param holdStepSeconds       seconds added to (or taken from) a hold at the top (or bottom) level
 * @param durationStepMinutes   minutes added to (or taken from) a duration at the top (or bottom) level
 * @param repsCap               most repetitions a dosage step may reach
 * @param holdCapSeconds        longest hold a dosage step may reach
 * @param durationCapMinutes    longest duration a dosage step may reach
 */
public record ProgressionRules(
        int sessionsRequired,
        int advanceMaxPain,
        int holdMaxPain,
        int repsStep,
        int holdStepSeconds,
        int durationStepMinutes,
        int repsCap,
        int holdCapSeconds,
        int durationCapMinutes) {

    /** The pain-monitoring model as published: advance at ≤ 3/10, hold at 4–5/10, step back above 5/10. */
    public static final ProgressionRules PAIN_MONITORING_MODEL = new ProgressionRules(3, 3, 5, 2, 5, 2, 30, 60, 30);

    public ProgressionRules {
        var problems = new ArrayList<String>();
        if (sessionsRequired < 1 || sessionsRequired > 14) {
            problems.add("Sessions required must be from 1 to 14.");
        }
        if (advanceMaxPain < 0 || holdMaxPain > 10 || advanceMaxPain >= holdMaxPain) {
            problems.add("Pain thresholds must satisfy 0 ≤ advance limit < hold limit ≤ 10.");
        }
        if (repsStep < 1 || holdStepSeconds < 1 || durationStepMinutes < 1) {
            problems.add("Dosage steps must be at least 1.");
        }
        if (repsCap < 1 || holdCapSeconds < 1 || durationCapMinutes < 1) {
            problems.add("Dosage caps must be at least 1.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    public List<String> plainLanguage() {
        return List.of(
                "Some pain while exercising is fine as long as it stays at " + holdMaxPain
                        + "/10 or below and has settled by the next morning.",
                "After " + (sessionsRequired == 1 ? "1 session" : sessionsRequired + " sessions in a row")
                        + " completed with pain at " + advanceMaxPain
                        + "/10 or below, and no worse the next morning, your clinician may move you up a level.",
                "If pain goes above " + holdMaxPain + "/10, or is worse the next morning than usual, "
                        + "the exercise is made easier for a while.");
    }
}
