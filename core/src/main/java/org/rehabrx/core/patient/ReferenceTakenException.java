package org.rehabrx.core.patient;

/** A clinic reference is already in use. The message leaves the reference out, since messages end up in logs. */
public final class ReferenceTakenException extends RuntimeException {

    private final ClinicReference reference;

    public ReferenceTakenException(ClinicReference reference) {
        super("This clinic reference is already used by another patient.");
        this.reference = reference;
    }

    public ClinicReference reference() {
        return reference;
    }
}
