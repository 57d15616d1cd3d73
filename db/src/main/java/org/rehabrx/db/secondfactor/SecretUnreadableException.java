package org.rehabrx.db.secondfactor;

/** A stored secret that cannot be decrypted: the key is not the one it was encrypted with, or it was altered. */
public final class SecretUnreadableException extends RuntimeException {

    SecretUnreadableException(String message) {
        super(message);
    }
}
