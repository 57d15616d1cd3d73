package org.rehabrx.core.secondfactor;

import java.util.Optional;

import org.rehabrx.core.account.AccountId;

/** The enrolled second factors, at most one per account. */
public interface SecondFactors {

    /** Whether the account has a second factor; answers without reading the secret. */
    boolean isEnrolled(AccountId account);

    Optional<SecondFactor> findByAccount(AccountId account);

    /**
     * Stores a new enrolment or the next state of one.
     *
     * @throws org.rehabrx.core.shared.ConcurrentChangeException when the stored state changed since it was
     *         read, or a second enrolment of the same account was attempted
     */
    SecondFactor save(SecondFactor secondFactor);

    /**
     * Removes the second factor in the given state.
     *
     * @throws org.rehabrx.core.shared.ConcurrentChangeException when it changed since it was read
     */
    void remove(SecondFactor secondFactor);
}
