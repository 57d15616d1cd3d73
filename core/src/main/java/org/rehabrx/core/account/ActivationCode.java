package org.rehabrx.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The secret that lets an account's owner choose their password: 28 characters of Crockford's base 32
 * (140 random bits), shown in groups of four so it can be typed from paper. Typing is forgiving: case,
 * spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1. Only its {@link #hash()} is stored.
 */
public record ActivationCode(String value) {

    public static final int LENGTH = 28;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUP = 4;

    public ActivationCode {
        if (value == null) {
            throw new IllegalArgumentException("Enter the activation code.");
        }
        value = normalised(value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Enter the activation code.");
        }
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException(
                    "An activation code has " + LENGTH + " letters and digits; check what you typed.");
        }
    }

    public static ActivationCode random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ActivationCode(code.toString());
    }

    public static ActivationCode random() {
        return random(new SecureRandom());
    }

    /** "ABCD-EFGH-…": the same code, easier to read aloud and type. */
    public String grouped() {
        var grouped = new StringBuilder();
        for (int i = 0; i < value.length(); i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(value, i, Math.min(i + GROUP, value.length()));
        }
        return grouped.toString();
    }

    public ActivationCodeHash hash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new ActivationCodeHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    @Override
    public String toString() {
        return "ActivationCode[****]";
    }

    private static String normalised(String typed) {
        var code = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t', '\n', '\r' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> code.append(c);
            }
        }
        return code.toString();
    }
}
