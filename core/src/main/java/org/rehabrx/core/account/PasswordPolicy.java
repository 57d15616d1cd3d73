package org.rehabrx.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy (OWASP ASVS 2.1): length counts, composition rules do not, and none of
 * the 10,000 most common passwords is accepted. Length is counted in Unicode code points so that a
 * passphrase in Greek or Cyrillic is measured as the user sees it. The common passwords are a list shipped
 * in this module ({@code common-passwords.txt}, its source beside it), so checking needs no network.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

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
        String comparable = candidate.strip().toLowerCase(Locale.ROOT);
        if (comparable.equals(owner.value())) {
            problems.add("The password cannot be your username.");
        } else if (COMMON.contains(comparable)) {
            problems.add("This password is one of the most common ones and is guessed first; choose another.");
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

    private static Set<String> load(String resource) {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource),
                () -> "The list " + resource + " is missing from the build.");
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
