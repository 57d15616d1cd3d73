package org.rehabrx.core.secondfactor;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import org.rehabrx.core.account.AccountId;

/**
 * An account's enrolled authenticator. Immutable: a check returns the next state, which the
 * {@link SecondFactors} repository stores with an optimistic version check, so that two sign-ins racing
 * with the same code cannot both be accepted.
 *
 * @param lastUsedStep the time step of the last accepted code; a code of that step or an earlier one is
 *        refused, so a code seen over someone's shoulder cannot be used again
 * @param failedChecks wrong codes in a row since the last accepted one
 * @param version the stored version this state was read at; {@code 0} for one never saved
 */
public record SecondFactor(
        AccountId accountId,
        TotpSecret secret,
        Instant enrolledAt,
        OptionalLong lastUsedStep,
        int failedChecks,
        long version) {

    /** Wrong codes after which a sign-in is abandoned and the password must be given again. */
    public static final int CHECKS_PER_SIGN_IN = 5;

    public SecondFactor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(lastUsedStep, "lastUsedStep");
        if (failedChecks < 0) {
            throw new IllegalArgumentException("failedChecks must not be negative");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /**
     * Enrols the secret once its owner has shown, with a code from their app, that the app holds it. That
     * first code counts as used.
     *
     * @throws IllegalArgumentException when the code is not the app's current one
     */
    public static SecondFactor enrol(AccountId accountId, TotpSecret secret, String firstCode, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, firstCode, now);
        if (step.isEmpty()) {
            throw new IllegalArgumentException("The code does not match the key.");
        }
        return new SecondFactor(accountId, secret, now, step, 0, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** Checks a code typed now: an accepted one is used up; a wrong or reused one counts as a failure. */
    public Check check(String code, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, code, now);
        boolean fresh = step.isPresent()
                && (lastUsedStep.isEmpty() || step.getAsLong() > lastUsedStep.getAsLong());
        if (fresh) {
            return new Check(new SecondFactor(accountId, secret, enrolledAt, step, 0, version), true);
        }
        return new Check(new SecondFactor(accountId, secret, enrolledAt, lastUsedStep, failedChecks + 1, version),
                false);
    }

    /** How many more wrong codes this sign-in may take; after a sign-out the count starts again. */
    public int checksLeftInSignIn() {
        return CHECKS_PER_SIGN_IN - failedChecks % CHECKS_PER_SIGN_IN;
    }

    /** True right after the wrong code that used up a sign-in's checks. */
    public boolean signInUsedUp() {
        return failedChecks > 0 && failedChecks % CHECKS_PER_SIGN_IN == 0;
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public SecondFactor storedAs(long storedVersion) {
        return new SecondFactor(accountId, secret, enrolledAt, lastUsedStep, failedChecks, storedVersion);
    }

    /** The outcome of one code: whether it was accepted, and the state to store either way. */
    public record Check(SecondFactor next, boolean accepted) {

        public Check {
            Objects.requireNonNull(next, "next");
        }
    }
}
