package org.rehabrx.db.shared;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which constraint refused a statement. The driver is not a compile-time dependency, so this reads
 * the server's message, which names the constraint in every language the server speaks.
 */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(DataIntegrityViolationException exception, String constraint) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null
                    && cause.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
