package org.rehabrx.core.account;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.shared.ConcurrentChangeException;

/** All accounts, of every role. */
public interface Accounts {

    Optional<Account> findById(AccountId id);

    Optional<Account> findByUsername(Username username);

    boolean isEmpty();

    /**
     * One page of the accounts that match, ordered by name and then username.
     *
     * @param offset the number of matching accounts to skip
     * @param limit  the most accounts to return
     */
    List<Account> find(AccountFilter filter, int offset, int limit);

    /**
     * Stores a new account or the next state of an existing one.
     *
     * @return the account as stored, carrying its new version
     * @throws UsernameTakenException when a new account's username is already in use
     * @throws ConcurrentChangeException when the account was changed since {@code account} was read
     */
    Account save(Account account);
}
