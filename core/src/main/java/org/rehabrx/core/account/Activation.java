package org.rehabrx.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One single-use, time-limited permission for an account's owner to choose their password (OWASP ASVS 6.4.1).
 * It holds only the hash of its code. Issuing a new activation for the same account voids this one
 * (see {@link Activations#add}).
 *
 * @param usedAt   when the owner used it; it cannot be used twice
 * @param voidedAt when a newer activation replaced it
 * @param version  the stored version this state was read at; {@code 0} for an activation never saved
 */
public record Activation(
        ActivationId id,
        AccountId account,
        ActivationCodeHash codeHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant voidedAt,
        long version) {

    public Activation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(codeHash, "code hash");
        Objects.requireNonNull(issuedAt, "issued at");
        Objects.requireNonNull(expiresAt, "expires at");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("An activation expires after it was issued.");
        }
        if (usedAt != null && voidedAt != null) {
            throw new IllegalArgumentException("An activation is either used or voided, not both.");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new activation for the code, valid for the given time from now. */
    public static Activation issue(AccountId account, ActivationCode code, Instant now, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("An activation must be valid for some time.");
        }
        return new Activation(ActivationId.newId(), account, code.hash(), now, now.plus(validity), null, null, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** @throws ActivationRefusedException when it was used, replaced or has expired */
    public void requireUsableAt(Instant now) {
        if (usedAt != null) {
            throw new ActivationRefusedException(ActivationRefusedException.Reason.USED);
        }
        if (voidedAt != null) {
            throw new ActivationRefusedException(ActivationRefusedException.Reason.REPLACED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new ActivationRefusedException(ActivationRefusedException.Reason.EXPIRED);
        }
    }

    /** @throws ActivationRefusedException when it was used, replaced or has expired */
    public Activation use(Instant now) {
        requireUsableAt(now);
        return new Activation(id, account, codeHash, issuedAt, expiresAt, now, null, version);
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Activation storedAs(long storedVersion) {
        return new Activation(id, account, codeHash, issuedAt, expiresAt, usedAt, voidedAt, storedVersion);
    }
}
