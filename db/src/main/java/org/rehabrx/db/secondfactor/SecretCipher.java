package org.rehabrx.db.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts secrets at rest with AES-256-GCM. Each encryption draws a fresh random 96-bit nonce, stored in
 * front of the ciphertext; the owner's id is authenticated with it, so a secret copied into another
 * account's row does not decrypt. The first byte names the format, leaving room for a later key rotation.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private SecretCipher(@Nullable SecretKey key) {
        this.key = key;
    }

    public static SecretCipher withKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + KEY_BYTES + " bytes (AES-256), not "
                    + key.length + ".");
        }
        return new SecretCipher(new SecretKeySpec(key.clone(), "AES"));
    }

    /** @param base64Key the key as configured: Base64 of 32 bytes */
    public static SecretCipher withBase64Key(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("The secret key is not Base64.", notBase64);
        }
        try {
            return withKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** For an installation without a configured key: it encrypts and decrypts nothing. */
    public static SecretCipher unavailable() {
        return new SecretCipher(null);
    }

    public boolean isAvailable() {
        return key != null;
    }

    byte[] encrypt(byte[] plain, UUID owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, owner, plain);
        return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                .put(FORMAT).put(nonce).put(ciphertext).array();
    }

    /** @throws SecretUnreadableException when the key is another one or the stored bytes were changed */
    byte[] decrypt(byte[] stored, UUID owner) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != FORMAT) {
            throw new SecretUnreadableException("The stored secret is not in a known format.");
        }
        byte[] nonce = Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(stored, 1 + NONCE_BYTES, stored.length);
        return run(Cipher.DECRYPT_MODE, nonce, owner, ciphertext);
    }

    private byte[] run(int mode, byte[] nonce, UUID owner, byte[] input) {
        if (key == null) {
            throw new IllegalStateException("No secret key is configured (rehabrx.security.secret-key).");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(owner));
            return cipher.doFinal(input);
        } catch (AEADBadTagException wrongKeyOrTampered) {
            throw new SecretUnreadableException(
                    "The stored secret does not decrypt with the configured key, or it was altered.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static byte[] associatedData(UUID owner) {
        return ByteBuffer.allocate(16)
                .putLong(owner.getMostSignificantBits())
                .putLong(owner.getLeastSignificantBits())
                .array();
    }

    @Override
    public String toString() {
        return "SecretCipher[" + (isAvailable() ? "AES-256-GCM" : "no key") + "]";
    }
}
