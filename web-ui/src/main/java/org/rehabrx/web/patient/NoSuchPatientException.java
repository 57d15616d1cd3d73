package org.rehabrx.web.patient;

import org.rehabrx.core.patient.PatientId;

public final class NoSuchPatientException extends RuntimeException {

    public NoSuchPatientException(PatientId id) {
        super("No patient with id " + id.value());
    }
}
