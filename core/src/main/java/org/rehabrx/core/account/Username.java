package org.rehabrx.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name. Stored in lower case so that "Anna.Berg" and "anna.berg" cannot become two accounts.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    public Username {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter a username.");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A username has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A username uses only letters a–z, digits and . _ @ -, and starts with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
