package org.rehabrx.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What failed sign-ins are counted against: the username as typed, whether or not such an account exists, or
 * the client address the attempts come from. Only a SHA-256 digest is kept, because people type passwords into
 * the username field and a client address is personal data.
 */
public record SignInSubject(Kind kind, String digest) {

    public enum Kind { USERNAME, ADDRESS }

    public SignInSubject {
        Objects.requireNonNull(kind, "kind");
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A sign-in subject is a SHA-256 digest in hexadecimal.");
        }
    }

    /** The same subject for "Ana.Gomez" and " ana.gomez", as the sign-in treats them alike. */
    public static SignInSubject username(String typed) {
        return new SignInSubject(Kind.USERNAME, sha256(typed.strip().toLowerCase(Locale.ROOT)));
    }

    public static SignInSubject username(Username username) {
        return username(username.value());
    }

    public static SignInSubject address(String clientAddress) {
        return new SignInSubject(Kind.ADDRESS, sha256(clientAddress.strip().toLowerCase(Locale.ROOT)));
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
