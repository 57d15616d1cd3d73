package org.rehabrx.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy (OWASP ASVS 2.1): length counts, composition rules do not.
 * Length is counted in Unicode code points so that a passphrase in Greek or Cyrillic is measured
 * as the user sees it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return the reasons the candidate is refused, empty when it is acceptable */
    public static List<String> problemsWith(String candidate, Username owner) {
        var problems = new ArrayList<String>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters; a few ordinary words make a good password.");
        }
        if (length > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        }
        if (candidate.strip().toLowerCase(Locale.ROOT).equals(owner.value())) {
            problems.add("The password cannot be your username.");
        }
        return List.copyOf(problems);
    }

    /** @throws IllegalArgumentException with every problem in its message */
    public static void require(String candidate, Username owner) {
        var problems = problemsWith(candidate, owner);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }
}
