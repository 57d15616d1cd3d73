package org.rehabrx.core.education;

/** Advice to repeat something every few months, such as paring a callus every 2–3 months. */
public record RepeatInterval(int minMonths, int maxMonths) {

    public RepeatInterval {
        if (minMonths < 1 || maxMonths < minMonths || maxMonths > 24) {
            throw new IllegalArgumentException("A repeat interval is 1 to 24 months, the shorter bound first.");
        }
    }

    /** "every 2–3 months", "every month". */
    public String sentence() {
        if (minMonths == maxMonths) {
            return minMonths == 1 ? "every month" : "every " + minMonths + " months";
        }
        return "every " + minMonths + "–" + maxMonths + " months";
    }
}
