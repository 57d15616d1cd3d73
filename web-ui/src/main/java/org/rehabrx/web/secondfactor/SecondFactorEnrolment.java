package org.rehabrx.web.secondfactor;

import java.util.Objects;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.secondfactor.TotpSecret;

/**
 * A started enrolment: the new secret, shown to its owner as a QR code and as a typed key. It is kept only
 * in the server-side state of the owner's screen until a code from the app confirms it.
 *
 * @param provisioningUri the {@code otpauth://} URI the QR code carries
 * @param manualKey the key in groups of four, for typing into an app
 */
public record SecondFactorEnrolment(AccountId account, TotpSecret secret, String provisioningUri, String manualKey) {

    public SecondFactorEnrolment {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(provisioningUri, "provisioningUri");
        Objects.requireNonNull(manualKey, "manualKey");
    }

    @Override
    public String toString() {
        return "SecondFactorEnrolment[" + account.value() + "]";
    }
}
