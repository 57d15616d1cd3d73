package org.rehabrx.core.secondfactor;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The key an authenticator app and RehabRx share: 160 random bits, the size RFC 4226 recommends for
 * HMAC-SHA1. It never appears in logs: {@link #toString()} hides it.
 */
public final class TotpSecret {

    public static final int BYTES = 20;

    private final byte[] bytes;

    public TotpSecret(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A second-factor secret has exactly " + BYTES + " bytes.");
        }
        this.bytes = bytes.clone();
    }

    public static TotpSecret generate(SecureRandom random) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    public static TotpSecret fromBase32(String key) {
        return new TotpSecret(Base32.decode(key));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key as an authenticator app reads it from a QR code. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /** The key for typing by hand: Base32 in groups of four, e.g. {@code GEZD GNBV …}. */
    public String forManualEntry() {
        String key = base32();
        var grouped = new StringBuilder(key.length() + key.length() / 4);
        for (int i = 0; i < key.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(key, i, Math.min(i + 4, key.length()));
        }
        return grouped.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret secret && Arrays.equals(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
