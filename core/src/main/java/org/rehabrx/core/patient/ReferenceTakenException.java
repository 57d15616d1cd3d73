package org.rehabrx.core.patient;

public final class ReferenceTakenException extends RuntimeException {

    public ReferenceTakenException(ClinicReference reference) {
        super("The clinic reference " + reference + " is already used by another patient.");
    }
}
