package org.rehabrx.core.secondfactor;

import java.util.Locale;

/**
 * RFC 4648 Base32 without padding: the alphabet authenticator apps expect, free of the digits 0, 1 and 8
 * that people confuse with letters when they type a key by hand.
 */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    static String encode(byte[] bytes) {
        var text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bitsInBuffer = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bitsInBuffer - 5)) & 31));
                bitsInBuffer -= 5;
            }
        }
        if (bitsInBuffer > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bitsInBuffer)) & 31));
        }
        return text.toString();
    }

    /** Accepts lower case, spaces and hyphens, as people copy keys with them. */
    static byte[] decode(String text) {
        String clean = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        var bytes = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bitsInBuffer = 0;
        int next = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("A Base32 key has only the letters A-Z and the digits 2-7.");
            }
            buffer = (buffer << 5) | value;
            bitsInBuffer += 5;
            if (bitsInBuffer >= 8) {
                bytes[next++] = (byte) (buffer >> (bitsInBuffer - 8));
                bitsInBuffer -= 8;
            }
        }
        return bytes;
    }
}
