package org.rehabrx.core.progression;

import java.util.Objects;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.programme.ProgressionRules;

/**
 * The one amount a dosage counts each set in — repetitions, a hold or a duration — and how the
 * progression rules step it where no easier or harder level is left.
 */
enum DosageMeasure {
    REPETITIONS("repetitions", true),
    HOLD("hold", false),
    DURATION("duration", false);

    private final String noun;
    private final boolean plural;

    DosageMeasure(String noun, boolean plural) {
        this.noun = noun;
        this.plural = plural;
    }

    static DosageMeasure of(Dosage dosage) {
        if (dosage.reps() != null) {
            return REPETITIONS;
        }
        return dosage.holdSeconds() != null ? HOLD : DURATION;
    }

    int amountOf(Dosage dosage) {
        var amount = switch (this) {
            case REPETITIONS -> dosage.reps();
            case HOLD -> dosage.holdSeconds();
            case DURATION -> dosage.durationMinutes();
        };
        return Objects.requireNonNull(amount, "a dosage counts each set in exactly one way");
    }

    /** The rules' cap, never beyond what a dosage may hold at all. */
    int cap(ProgressionRules rules) {
        return switch (this) {
            case REPETITIONS -> Math.min(rules.repsCap(), Dosage.MAX_REPS);
            case HOLD -> Math.min(rules.holdCapSeconds(), Dosage.MAX_HOLD_SECONDS);
            case DURATION -> Math.min(rules.durationCapMinutes(), Dosage.MAX_DURATION_MINUTES);
        };
    }

    boolean isAtCap(Dosage dosage, ProgressionRules rules) {
        return amountOf(dosage) >= cap(rules);
    }

    Dosage raised(Dosage dosage, ProgressionRules rules) {
        return withAmount(dosage, Math.min(amountOf(dosage) + step(rules), cap(rules)));
    }

    Dosage reduced(Dosage dosage, ProgressionRules rules) {
        return withAmount(dosage, Math.max(amountOf(dosage) - step(rules), 1));
    }

    /** "the repetitions from 10 to 12", "the hold from 20 to 25 seconds". */
    String change(Dosage from, Dosage to) {
        return "the " + noun + " from " + amountOf(from) + " to " + quantity(amountOf(to));
    }

    /** "the repetitions are already at 1", "the hold is already at 1 second". */
    String alreadyAt(int amount) {
        return "the " + noun + (plural ? " are" : " is") + " already at " + quantity(amount);
    }

    /** "the repetitions have reached the cap of 30", "the hold has reached the cap of 60 seconds". */
    String reachedCap(ProgressionRules rules) {
        return "the " + noun + (plural ? " have" : " has") + " reached the cap of " + quantity(cap(rules));
    }

    private String quantity(int amount) {
        return switch (this) {
            case REPETITIONS -> String.valueOf(amount);
            case HOLD -> amount + (amount == 1 ? " second" : " seconds");
            case DURATION -> amount + (amount == 1 ? " minute" : " minutes");
        };
    }

    private int step(ProgressionRules rules) {
        return switch (this) {
            case REPETITIONS -> rules.repsStep();
            case HOLD -> rules.holdStepSeconds();
            case DURATION -> rules.durationStepMinutes();
        };
    }

    private Dosage withAmount(Dosage dosage, int amount) {
        return switch (this) {
            case REPETITIONS -> dosage.withReps(amount);
            case HOLD -> dosage.withHoldSeconds(amount);
            case DURATION -> dosage.withDurationMinutes(amount);
        };
    }
}
