package org.rehabrx.core.audit;

/** How the recorded attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by authentication or authorization. */
    DENIED,
    /** Ended by any other error. */
    FAILED
}
