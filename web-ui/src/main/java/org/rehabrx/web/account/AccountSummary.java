package org.rehabrx.web.account;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Role;

/** What an admin sees of an account: never its password, not even the hash. */
public record AccountSummary(AccountId id, String username, String displayName, Role role, AccountStatus status,
                             long version) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.username().value(), account.displayName(), account.role(),
                account.status(), account.version());
    }
}
