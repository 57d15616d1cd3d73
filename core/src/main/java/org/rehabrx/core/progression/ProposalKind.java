package org.rehabrx.core.progression;

public enum ProposalKind {
    /** One level up, or a dosage step at the top level. */
    ADVANCE,
    /** Stay at the current level and dosage. */
    HOLD,
    /** One level down, or less dosage at level 1. */
    STEP_BACK,
    /** Too few logs to judge; the reason says how many more are needed. Never accepted. */
    NOT_ENOUGH_LOGS
}
