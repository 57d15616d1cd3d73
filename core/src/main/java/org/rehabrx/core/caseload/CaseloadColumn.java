package org.rehabrx.core.caseload;

/** The columns a caseload can be sorted by. */
public enum CaseloadColumn {
    REFERENCE,
    NAME,
    /** The review date of the current programme; patients without a programme come last. */
    REVIEW_DATE
}
