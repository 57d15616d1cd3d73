package org.rehabrx.core.account;

import java.util.regex.Pattern;

/** The SHA-256 of an {@link ActivationCode}, in lower-case hex: what is stored instead of the code itself. */
public record ActivationCodeHash(String value) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ActivationCodeHash {
        if (value == null || !SHA_256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("An activation code hash is 64 lower-case hex digits.");
        }
    }
}
