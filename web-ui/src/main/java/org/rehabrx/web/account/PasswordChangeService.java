package org.rehabrx.web.account;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person changes their own password; nobody else's can be changed here. */
@Service
public class PasswordChangeService {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignedInAccount signedIn;

    PasswordChangeService(Accounts accounts, PasswordEncoder passwordEncoder, SignedInAccount signedIn) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.signedIn = signedIn;
    }

    /**
     * @throws PasswordChangeRefusedException with a message for the person when the current password is
     *         wrong or the new one does not meet the policy
     */
    @Transactional
    @Audited(AuditAction.PASSWORD_CHANGED)
    // whoever knows the password but not yet the second factor's code must not take the password over
    @PreAuthorize("isAuthenticated() and !hasAuthority('SECOND_FACTOR_REQUIRED')")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = accounts.findById(signedIn.require().accountId())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        var current = account.password();
        if (current == null || !passwordEncoder.matches(currentPassword, current.value())) {
            throw new PasswordChangeRefusedException("The current password is not correct.");
        }
        var problems = PasswordPolicy.problemsWith(newPassword, account.username());
        if (!problems.isEmpty()) {
            throw new PasswordChangeRefusedException(String.join(" ", problems));
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordChangeRefusedException("Choose a password different from the current one.");
        }
        var changed = accounts.save(account.passwordChangedByOwner(
                new EncodedPassword(passwordEncoder.encode(newPassword))));
        signedIn.refresh(changed);
    }
}
