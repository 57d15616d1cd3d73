package org.rehabrx.web.account;

import java.time.Clock;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.account.SignInThrottling;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.web.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The admin's view of sign-in throttling: whether an account is locked after repeated failed sign-ins, and
 * lifting the lock early for a person who has proved who they are. A lock also ends on its own.
 */
@Service
public class SignInThrottle {

    private final Accounts accounts;
    private final SignInFailures failures;
    private final Clock clock;

    SignInThrottle(Accounts accounts, SignInFailures failures, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean isLocked(AccountId account) {
        return accounts.findById(account)
                .map(found -> SignInThrottling.PER_USERNAME.isLocked(
                        failures.of(SignInSubject.username(found.username())), clock.instant()))
                .orElse(false);
    }

    /** Forgets the account's failed sign-ins, so that its owner may sign in at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_UNLOCKED, subject = "#account")
    public void release(AccountId account) {
        accounts.findById(account).ifPresent(found -> failures.forget(SignInSubject.username(found.username())));
    }
}
