package org.rehabrx.web.account;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Role;

/**
 * What an admin sees of an account: never its password, not even the hash.
 *
 * @param locked sign-in is paused after repeated failures; the pause ends on its own or when an admin lifts it
 */
public record AccountSummary(AccountId id, String username, String displayName, Role role, AccountStatus status,
                             boolean locked, long version) {

    static AccountSummary of(Account account, boolean locked) {
        return new AccountSummary(account.id(), account.username().value(), account.displayName(), account.role(),
                account.status(), locked, account.version());
    }
}
