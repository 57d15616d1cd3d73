package org.rehabrx.web.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Activation;
import org.rehabrx.core.account.ActivationCode;
import org.rehabrx.core.account.Activations;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.security.LiveSessions;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.security.SignedInSession;
import org.rehabrx.web.shared.AfterCommit;
import org.rehabrx.web.shared.Versions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage the accounts of the clinic: create them, rename, disable and enable them, reset their access,
 * and see and end signed-in sessions. An admin never sets or sees a password: a new or reset account gets a
 * single-use activation code for its owner (OWASP ASVS 6.4.1).
 */
@Service
public class AccountAdministration {

    public static final int MAX_PAGE = 200;

    private final Accounts accounts;
    private final Activations activations;
    private final LiveSessions sessions;
    private final AccountSummaries summaries;
    private final SignedInAccount signedIn;
    private final Clock clock;
    private final Duration activationValidity;

    AccountAdministration(Accounts accounts, Activations activations, LiveSessions sessions,
                          AccountSummaries summaries, SignedInAccount signedIn, Clock clock,
                          @Value("${rehabrx.accounts.activation-validity:72h}") Duration activationValidity) {
        this.accounts = accounts;
        this.activations = activations;
        this.sessions = sessions;
        this.summaries = summaries;
        this.signedIn = signedIn;
        this.clock = clock;
        this.activationValidity = activationValidity;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(AuditAction.ACCOUNTS_LISTED)
    public List<AccountSummary> accounts(AccountFilter filter, int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page has from 1 to " + MAX_PAGE + " rows.");
        }
        return summaries.of(accounts.find(filter, offset, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNTS_LISTED, subject = "#id")
    public AccountSummary account(AccountId id) {
        return summaries.of(stored(id));
    }

    /**
     * @throws IllegalArgumentException when the username or name is not acceptable
     * @throws org.rehabrx.core.account.UsernameTakenException when another account has the username
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(AuditAction.ACCOUNT_CREATED)
    public IssuedActivation create(String username, String displayName, Role role) {
        var account = accounts.save(Account.awaitingActivation(new Username(username), displayName, role));
        return issueActivation(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_CHANGED, subject = "#id")
    public AccountSummary rename(AccountId id, long expectedVersion, String displayName) {
        return summaries.of(accounts.save(current(id, expectedVersion).renamed(displayName)));
    }

    /** The account's sessions end as soon as the change is committed (OWASP ASVS 7.4.2). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_DISABLED, subject = "#id")
    public AccountSummary disable(AccountId id, long expectedVersion) {
        requireNotSelf(id, "You cannot disable your own account.");
        var disabled = accounts.save(current(id, expectedVersion).disabled());
        endSessionsOnCommit(id);
        return summaries.of(disabled);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_ENABLED, subject = "#id")
    public AccountSummary enable(AccountId id, long expectedVersion) {
        return summaries.of(accounts.save(current(id, expectedVersion).enabledAgain()));
    }

    /**
     * The current password stops working, the account's sessions end, earlier activation codes are void, and a
     * new code is issued for the owner to choose a new password.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.ACCOUNT_ACTIVATION_ISSUED, subject = "#id")
    public IssuedActivation resetAccess(AccountId id, long expectedVersion) {
        requireNotSelf(id, "You cannot reset your own access; change your password instead.");
        var reset = accounts.save(current(id, expectedVersion).accessReset());
        endSessionsOnCommit(id);
        return issueActivation(reset);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Audited(AuditAction.SESSIONS_LISTED)
    public List<SignedInSession> signedInSessions() {
        return sessions.signedIn();
    }

    /** @return whether the session was still there to end */
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.SESSION_ENDED_BY_ADMIN, subject = "#account")
    public boolean endSession(AccountId account, String sessionReference) {
        return sessions.end(account, sessionReference);
    }

    private IssuedActivation issueActivation(Account account) {
        var code = ActivationCode.random();
        var activation = activations.add(Activation.issue(account.id(), code, clock.instant(), activationValidity));
        return new IssuedActivation(summaries.of(account), code.grouped(), activation.expiresAt());
    }

    /**
     * After the commit, so that a sign-in racing with the change cannot read the account as still enabled and
     * keep a session that was registered after the others were ended.
     */
    private void endSessionsOnCommit(AccountId id) {
        AfterCommit.run(() -> sessions.endAllOf(id));
    }

    private void requireNotSelf(AccountId id, String refusal) {
        if (signedIn.require().accountId().equals(id)) {
            throw new IllegalStateException(refusal);
        }
    }

    private Account current(AccountId id, long expectedVersion) {
        var account = stored(id);
        Versions.requireUnchanged("Account", id.value(), expectedVersion, account.version());
        return account;
    }

    private Account stored(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new NoSuchAccountException(id));
    }
}
