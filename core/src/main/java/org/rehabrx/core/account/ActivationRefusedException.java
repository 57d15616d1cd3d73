package org.rehabrx.core.account;

/** An activation code that cannot be used (any more); the reason says which, and nothing about the account. */
public final class ActivationRefusedException extends RuntimeException {

    /** Why an activation code does not open anything. */
    public enum Reason {
        UNKNOWN("This activation code is not valid. Check what you typed, or ask the clinic for a new one."),
        EXPIRED("This activation code has expired. Ask the clinic for a new one."),
        USED("This activation code has already been used. Sign in with the password you chose, "
                + "or ask the clinic for a new code."),
        REPLACED("A newer activation code was issued for this account; use that one instead.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public ActivationRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
