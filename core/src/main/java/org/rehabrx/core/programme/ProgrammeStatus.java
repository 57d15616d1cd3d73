package org.rehabrx.core.programme;

/** DRAFT → ACTIVE → COMPLETED, or ACTIVE → SUPERSEDED when a newer version takes over. */
public enum ProgrammeStatus {
    DRAFT,
    ACTIVE,
    SUPERSEDED,
    COMPLETED
}
