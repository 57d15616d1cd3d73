package org.rehabrx.core.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

/**
 * How much of an exercise, in the terms the CERT exercise-reporting checklist asks for. Each set is
 * measured in exactly one way: a number of repetitions, a hold in seconds, or a duration in minutes.
 *
 * @param reps            repetitions per set, or {@code null}
 * @param holdSeconds     seconds one set is held, or {@code null}
 * @param durationMinutes minutes one set lasts, or {@code null}
 * @param load            external load, or {@code null} for body weight only
 * @param painLimit       the pain during the exercise above which the patient stops
 */
public record Dosage(
        int sets,
        @Nullable Integer reps,
        @Nullable Integer holdSeconds,
        @Nullable Integer durationMinutes,
        int restSeconds,
        @Nullable Load load,
        int timesPerDay,
        int daysPerWeek,
        Side side,
        PainScore painLimit) {

    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 300;
    public static final int MAX_DURATION_MINUTES = 60;
    public static final int MAX_REST_SECONDS = 600;
    public static final int MAX_TIMES_PER_DAY = 12;

    public Dosage {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(painLimit, "pain limit");
        var problems = problems(sets, reps, holdSeconds, durationMinutes, restSeconds, timesPerDay, daysPerWeek);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    public static Dosage reps(int sets, int reps, int restSeconds, int timesPerDay, int daysPerWeek, Side side,
                              PainScore painLimit) {
        return new Dosage(sets, reps, null, null, restSeconds, null, timesPerDay, daysPerWeek, side, painLimit);
    }

    public static Dosage hold(int sets, int holdSeconds, int restSeconds, int timesPerDay, int daysPerWeek, Side side,
                              PainScore painLimit) {
        return new Dosage(sets, null, holdSeconds, null, restSeconds, null, timesPerDay, daysPerWeek, side, painLimit);
    }

    public static Dosage duration(int sets, int minutes, int restSeconds, int timesPerDay, int daysPerWeek, Side side,
                                  PainScore painLimit) {
        return new Dosage(sets, null, null, minutes, restSeconds, null, timesPerDay, daysPerWeek, side, painLimit);
    }

    /**
     * Every reason the values cannot make a dosage, in words for the clinician; empty when they can.
     * Forms call this as the clinician types, before a dosage exists.
     */
    public static List<String> problems(int sets, @Nullable Integer reps, @Nullable Integer holdSeconds,
                                        @Nullable Integer durationMinutes, int restSeconds, int timesPerDay,
                                        int daysPerWeek) {
        var problems = new ArrayList<String>();
        if (sets < 1 || sets > MAX_SETS) {
            problems.add("Sets must be from 1 to " + MAX_SETS + ".");
        }
        int measures = (reps == null ? 0 : 1) + (holdSeconds == null ? 0 : 1) + (durationMinutes == null ? 0 : 1);
        if (measures != 1) {
            problems.add("Give exactly one of repetitions, hold time or duration for each set.");
        }
        if (reps != null && (reps < 1 || reps > MAX_REPS)) {
            problems.add("Repetitions must be from 1 to " + MAX_REPS + ".");
        }
        if (holdSeconds != null && (holdSeconds < 1 || holdSeconds > MAX_HOLD_SECONDS)) {
            problems.add("A hold lasts from 1 to " + MAX_HOLD_SECONDS + " seconds.");
        }
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES)) {
            problems.add("A duration is from 1 to " + MAX_DURATION_MINUTES + " minutes.");
        }
        if (restSeconds < 0 || restSeconds > MAX_REST_SECONDS) {
            problems.add("Rest is from 0 to " + MAX_REST_SECONDS + " seconds.");
        }
        if (timesPerDay < 1 || timesPerDay > MAX_TIMES_PER_DAY) {
            problems.add("Times per day must be from 1 to " + MAX_TIMES_PER_DAY + ".");
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            problems.add("Days per week must be from 1 to 7.");
        }
        return List.copyOf(problems);
    }

    public Dosage withReps(int newReps) {
        return new Dosage(sets, newReps, null, null, restSeconds, load, timesPerDay, daysPerWeek, side, painLimit);
    }

    public Dosage withHoldSeconds(int newHoldSeconds) {
        return new Dosage(sets, null, newHoldSeconds, null, restSeconds, load, timesPerDay, daysPerWeek, side,
                painLimit);
    }

    public Dosage withDurationMinutes(int newMinutes) {
        return new Dosage(sets, null, null, newMinutes, restSeconds, load, timesPerDay, daysPerWeek, side, painLimit);
    }

    public Dosage withSide(Side newSide) {
        return new Dosage(sets, reps, holdSeconds, durationMinutes, restSeconds, load, timesPerDay, daysPerWeek,
                newSide, painLimit);
    }

    public Dosage withLoad(@Nullable Load newLoad) {
        return new Dosage(sets, reps, holdSeconds, durationMinutes, restSeconds, newLoad, timesPerDay, daysPerWeek,
                side, painLimit);
    }

    /**
     * The dosage in plain words, as the patient reads it on the handout, in the given language
     * (English or Spanish; any other language reads English).
     */
    public String sentence(Locale language) {
        return DosageSentence.of(this, language);
    }
}
