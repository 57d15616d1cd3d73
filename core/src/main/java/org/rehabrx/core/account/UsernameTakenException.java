package org.rehabrx.core.account;

public final class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(Username username) {
        super("The username " + username + " is already in use.");
    }
}
