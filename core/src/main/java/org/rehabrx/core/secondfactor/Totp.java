package org.rehabrx.core.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as in RFC 6238 with the parameters every authenticator app defaults to:
 * HMAC-SHA1, six digits, 30-second time steps counted from the Unix epoch. A code from the step before or
 * after the current one is accepted too, so a phone clock a little off or a code typed just as it changes
 * still works.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** How many steps before and after the current one a code may come from. */
    public static final int TOLERATED_STEPS = 1;

    private Totp() {
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    public static String codeAt(TotpSecret secret, long step) {
        return codeAt(secret, step, DIGITS);
    }

    /** RFC 4226 HOTP of the step: dynamic truncation of the HMAC, then the last {@code digits} decimal digits. */
    static String codeAt(TotpSecret secret, long step, int digits) {
        byte[] hash = hmacSha1(secret.bytes(), step);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        return String.format("%0" + digits + "d", binary % modulus);
    }

    /**
     * The time step whose code the given one is, among the tolerated steps around {@code now}; empty when it
     * matches none. When two steps would match, the later one is reported, so that replay protection errs on
     * the safe side. Spaces people type between the digits are ignored.
     */
    public static OptionalLong matchingStep(TotpSecret secret, String code, Instant now) {
        String digits = code.replace(" ", "");
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        byte[] typed = digits.getBytes(StandardCharsets.US_ASCII);
        for (long step = current + TOLERATED_STEPS; step >= current - TOLERATED_STEPS; step--) {
            // constant-time comparison: the time taken says nothing about how many digits were right
            if (MessageDigest.isEqual(typed, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The {@code otpauth://} URI that authenticator apps read from a QR code (the Key Uri Format of Google
     * Authenticator, which other apps follow).
     */
    public static String provisioningUri(TotpSecret secret, String issuer, String accountName) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] hmacSha1(byte[] key, long counter) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] message = new byte[8];
            for (int i = 7; i >= 0; i--) {
                message[i] = (byte) counter;
                counter >>>= 8;
            }
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA1", e);
        }
    }
}
