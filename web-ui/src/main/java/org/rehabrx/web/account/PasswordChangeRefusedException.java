package org.rehabrx.web.account;

/** A password change that was refused, with a message meant for the person who tried it. */
public final class PasswordChangeRefusedException extends RuntimeException {

    PasswordChangeRefusedException(String message) {
        super(message);
    }
}
