package org.rehabrx.bench.dataset;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A dosage as its eleven columns, in the order every dosage-holding table lists them. Values come from a
 * level's default dosage and change only within the limits of {@code dosage_is_valid}.
 */
record Dose(int sets, @Nullable Integer reps, @Nullable Integer holdSeconds, @Nullable Integer durationMinutes,
            int restSeconds, @Nullable BigDecimal loadAmount, @Nullable String loadUnit, int timesPerDay,
            int daysPerWeek, String side, int painLimit) {

    static final String COLUMNS = "sets, reps, hold_seconds, duration_minutes, rest_seconds, load_amount, "
            + "load_unit, times_per_day, days_per_week, side, pain_limit";

    static String columns(String prefix) {
        return prefix + COLUMNS.replace(", ", ", " + prefix);
    }

    Object[] values() {
        return new Object[] {sets, reps, holdSeconds, durationMinutes, restSeconds, loadAmount, loadUnit,
                timesPerDay, daysPerWeek, side, painLimit};
    }

    Dose withSide(String newSide) {
        return new Dose(sets, reps, holdSeconds, durationMinutes, restSeconds, loadAmount, loadUnit, timesPerDay,
                daysPerWeek, newSide, painLimit);
    }

    /** A few more repetitions, or a few seconds or a minute longer, as a clinician progresses within a level. */
    Dose harder(int steps) {
        return new Dose(sets,
                reps == null ? null : Math.min(100, reps + 2 * steps),
                holdSeconds == null ? null : Math.min(300, holdSeconds + 5 * steps),
                durationMinutes == null ? null : Math.min(60, durationMinutes + steps),
                restSeconds, loadAmount, loadUnit, timesPerDay, daysPerWeek, side, painLimit);
    }
}
