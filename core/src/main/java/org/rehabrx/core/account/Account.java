package org.rehabrx.core.account;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A login. Immutable: every change returns the next state, which the {@link Accounts} repository
 * stores with an optimistic version check.
 *
 * @param password the encoded password; empty while the account awaits activation by its owner, so that
 *                 nobody but the owner ever knows a usable password (an admin never chooses one)
 * @param version  the stored version this state was read at; {@code 0} for an account never saved
 */
public record Account(
        AccountId id,
        Username username,
        String displayName,
        Role role,
        @Nullable EncodedPassword password,
        boolean passwordChangeRequired,
        boolean enabled,
        long version) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = validName(displayName);
        if (password == null && passwordChangeRequired) {
            throw new IllegalArgumentException("Only a password can be temporary.");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new account whose first password was chosen by someone else, so its owner must replace it. */
    public static Account openWithTemporaryPassword(Username username, String displayName, Role role,
                                                    EncodedPassword temporaryPassword) {
        Objects.requireNonNull(temporaryPassword, "temporary password");
        return new Account(AccountId.newId(), username, displayName, role, temporaryPassword, true, true, 0);
    }

    /** A new account whose owner already knows and chose its password. */
    public static Account open(Username username, String displayName, Role role, EncodedPassword password) {
        Objects.requireNonNull(password, "password");
        return new Account(AccountId.newId(), username, displayName, role, password, false, true, 0);
    }

    /** A new account created by an admin: no password at all until its owner activates it with an {@link Activation}. */
    public static Account awaitingActivation(Username username, String displayName, Role role) {
        return new Account(AccountId.newId(), username, displayName, role, null, false, true, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    public AccountStatus status() {
        if (!enabled) {
            return AccountStatus.DISABLED;
        }
        return password == null ? AccountStatus.AWAITING_ACTIVATION : AccountStatus.ACTIVE;
    }

    /** Whether a sign-in with a password can succeed at all. */
    public boolean canSignIn() {
        return status() == AccountStatus.ACTIVE;
    }

    /** The owner set a password of their own; this also ends any forced change. */
    public Account passwordChangedByOwner(EncodedPassword newPassword) {
        requireEnabled("A disabled account cannot change its password.");
        Objects.requireNonNull(newPassword, "new password");
        return new Account(id, username, displayName, role, newPassword, false, enabled, version);
    }

    /** The owner chose their password through an activation; any earlier password is replaced. */
    public Account activatedWith(EncodedPassword chosenPassword) {
        requireEnabled("This account is disabled; ask the clinic to enable it first.");
        Objects.requireNonNull(chosenPassword, "chosen password");
        return new Account(id, username, displayName, role, chosenPassword, false, enabled, version);
    }

    /** The current password stops working at once; the owner needs a new activation to sign in again. */
    public Account accessReset() {
        requireEnabled("Enable the account before resetting its access.");
        return new Account(id, username, displayName, role, null, false, enabled, version);
    }

    public Account renamed(String newDisplayName) {
        return new Account(id, username, newDisplayName, role, password, passwordChangeRequired, enabled, version);
    }

    public Account disabled() {
        requireEnabled("This account is already disabled.");
        return new Account(id, username, displayName, role, password, passwordChangeRequired, false, version);
    }

    public Account enabledAgain() {
        if (enabled) {
            throw new IllegalStateException("This account is already enabled.");
        }
        return new Account(id, username, displayName, role, password, passwordChangeRequired, true, version);
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Account storedAs(long storedVersion) {
        return new Account(id, username, displayName, role, password, passwordChangeRequired, enabled, storedVersion);
    }

    private void requireEnabled(String refusal) {
        if (!enabled) {
            throw new IllegalStateException(refusal);
        }
    }

    private static String validName(@Nullable String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Enter the person's name.");
        }
        String name = displayName.strip();
        if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException("A name has at most " + MAX_DISPLAY_NAME_LENGTH + " characters.");
        }
        return name;
    }
}
