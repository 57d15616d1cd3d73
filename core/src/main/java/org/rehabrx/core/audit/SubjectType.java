package org.rehabrx.core.audit;

/** The kind of record an audit event is about. */
public enum SubjectType {
    PATIENT,
    PROGRAMME,
    SESSION_LOG,
    PROPOSAL,
    ACCOUNT
}
