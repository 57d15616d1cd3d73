package org.rehabrx.core.account;

import java.util.Optional;

import org.rehabrx.core.shared.ConcurrentChangeException;

/** All accounts, of every role. */
public interface Accounts {

    Optional<Account> findById(AccountId id);

    Optional<Account> findByUsername(Username username);

    boolean isEmpty();

    /**
     * Stores a new account or the next state of an existing one.
     *
     * @return the account as stored, carrying its new version
     * @throws UsernameTakenException when a new account's username is already in use
     * @throws ConcurrentChangeException when the account was changed since {@code account} was read
     */
    Account save(Account account);
}
