package org.rehabrx.core.account;

import java.util.Objects;

/**
 * A login. Immutable: every change returns the next state, which the {@link Accounts} repository
 * stores with an optimistic version check.
 *
 * @param version the stored version this state was read at; {@code 0} for an account never saved
 */
public record Account(
        AccountId id,
        Username username,
        String displayName,
        Role role,
        EncodedPassword password,
        boolean passwordChangeRequired,
        boolean enabled,
        long version) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Enter the person's name.");
        }
        displayName = displayName.strip();
        if (displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException("A name has at most " + MAX_DISPLAY_NAME_LENGTH + " characters.");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new account whose first password was chosen by someone else, so its owner must replace it. */
    public static Account openWithTemporaryPassword(Username username, String displayName, Role role,
                                                    EncodedPassword temporaryPassword) {
        return new Account(AccountId.newId(), username, displayName, role, temporaryPassword, true, true, 0);
    }

    /** A new account whose owner already knows and chose its password. */
    public static Account open(Username username, String displayName, Role role, EncodedPassword password) {
        return new Account(AccountId.newId(), username, displayName, role, password, false, true, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** The owner set a password of their own; this also ends any forced change. */
    public Account passwordChangedByOwner(EncodedPassword newPassword) {
        if (!enabled) {
            throw new IllegalStateException("A disabled account cannot change its password.");
        }
        return new Account(id, username, displayName, role, newPassword, false, enabled, version);
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Account storedAs(long storedVersion) {
        return new Account(id, username, displayName, role, password, passwordChangeRequired, enabled, storedVersion);
    }
}
