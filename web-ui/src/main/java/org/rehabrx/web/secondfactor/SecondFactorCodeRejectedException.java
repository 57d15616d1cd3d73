package org.rehabrx.web.secondfactor;

import org.springframework.security.core.AuthenticationException;

/**
 * A wrong or reused code at the sign-in's code step. An authentication failure, so that the audit trail
 * records the attempt as refused.
 */
public final class SecondFactorCodeRejectedException extends AuthenticationException {

    private final int checksLeft;

    SecondFactorCodeRejectedException(int checksLeft) {
        super(checksLeft == 0 ? "Wrong second-factor code; the sign-in was ended"
                : "Wrong second-factor code; " + checksLeft + " more tries");
        this.checksLeft = checksLeft;
    }

    /** Codes the person may still try; {@code 0} when the sign-in was ended and the password is needed again. */
    public int checksLeft() {
        return checksLeft;
    }

    public boolean signedOut() {
        return checksLeft == 0;
    }
}
