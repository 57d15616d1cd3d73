package org.rehabrx.web.account;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.web.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lifting a sign-in lock early, for a person who has proved who they are to an admin. A lock also ends on
 * its own; whether an account is locked is part of its {@link AccountSummary}.
 */
@Service
public class SignInThrottle {

    private final Accounts accounts;
    private final SignInFailures failures;

    SignInThrottle(Accounts accounts, SignInFailures failures) {
        this.accounts = accounts;
        this.failures = failures;
    }

    /** Forgets the account's failed sign-ins, so that its owner may sign in at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_UNLOCKED, subject = "#account")
    public void release(AccountId account) {
        accounts.findById(account).ifPresent(found -> failures.forget(SignInSubject.username(found.username())));
    }
}
