package org.rehabrx.core.patient;

public enum PatientStatus {
    ACTIVE,
    ARCHIVED
}
