package org.rehabrx.core.shared;

/** A pain rating on the 0–10 numeric rating scale (0 = no pain, 10 = worst imaginable). */
public record PainScore(int value) implements Comparable<PainScore> {

    public static final PainScore NONE = new PainScore(0);

    public PainScore {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("Pain is rated from 0 (none) to 10 (worst imaginable); got " + value + ".");
        }
    }

    public static PainScore of(int value) {
        return new PainScore(value);
    }

    public boolean isAbove(PainScore other) {
        return value > other.value;
    }

    public boolean isAtMost(int limit) {
        return value <= limit;
    }

    @Override
    public int compareTo(PainScore other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + "/10";
    }
}
