package org.rehabrx.core.patient;

import java.util.Locale;
import java.util.regex.Pattern;

/** The clinic's own reference number for a patient, unique within the installation; stored in upper case. */
public record ClinicReference(String value) {

    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9][A-Z0-9/._-]*");

    public ClinicReference {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter the clinic reference number.");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A clinic reference has at most " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A clinic reference uses letters, digits and / . _ - only, starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
