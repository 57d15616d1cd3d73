package org.rehabrx.core.caseload;

import java.time.LocalDate;

/** Why a patient needs the clinician's attention now. */
public enum ReviewReason {
    /** The current programme is active and its review date is before today. */
    REVIEW_DATE_PASSED,
    /**
     * A progression proposal waits for a decision and still applies: its programme is active and still
     * prescribes the exercise at the level and dosage the proposal starts from.
     */
    PROPOSAL_PENDING,
    /** A session log of the last {@value #PAIN_WINDOW_DAYS} days reports pain during above {@value #PAIN_ABOVE}/10. */
    PAIN_REPORTED;

    /** Pain during an exercise above this, on the 0–10 scale, needs review. */
    public static final int PAIN_ABOVE = 5;

    /** How many days, today included, a painful session counts. */
    public static final int PAIN_WINDOW_DAYS = 7;

    /** The first day whose session logs count for {@link #PAIN_REPORTED}. */
    public static LocalDate painReportedSince(LocalDate today) {
        return today.minusDays(PAIN_WINDOW_DAYS - 1);
    }
}
