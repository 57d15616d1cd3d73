package org.rehabrx.web.secondfactor;

/** A set-up or removal that was refused; the reason names the message the person sees. */
public final class SecondFactorRefusedException extends RuntimeException {

    public enum Reason {
        /** The code is not the one the app shows now, or was used already. */
        WRONG_CODE,
        ALREADY_ENROLLED,
        NOT_ENROLLED,
        /** No secret key is configured, or the stored secret does not decrypt with it. */
        UNAVAILABLE
    }

    private final Reason reason;

    SecondFactorRefusedException(Reason reason) {
        super("Second factor refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
