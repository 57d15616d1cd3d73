package org.rehabrx.core.account;

/**
 * A password after hashing, in the self-describing form of the encoder that made it
 * (for example {@code {argon2}...}). The plain password never reaches the domain.
 */
public record EncodedPassword(String value) {

    public EncodedPassword {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An encoded password cannot be empty.");
        }
    }

    @Override
    public String toString() {
        return "EncodedPassword[****]";
    }
}
