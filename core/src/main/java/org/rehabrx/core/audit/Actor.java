package org.rehabrx.core.audit;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;

/**
 * Who acted. A username is kept only when it belongs to an account: a name typed at sign-in that matches no
 * account is recorded as {@link #UNKNOWN_USERNAME}, because people type their password into the username field.
 * Work RehabRx does on its own schedule is recorded as {@link #SYSTEM_USERNAME}, which no account can be named.
 */
public record Actor(@Nullable AccountId account, @Nullable String username, @Nullable Role role) {

    public static final String UNKNOWN_USERNAME = "(no such account)";
    public static final String SYSTEM_USERNAME = "(system)";
    private static final Actor ANONYMOUS = new Actor(null, null, null);
    private static final Actor UNKNOWN = new Actor(null, UNKNOWN_USERNAME, null);
    private static final Actor SYSTEM = new Actor(null, SYSTEM_USERNAME, null);

    public Actor {
        if (account == null && username != null && !UNKNOWN_USERNAME.equals(username)
                && !SYSTEM_USERNAME.equals(username)) {
            throw new IllegalArgumentException("A username is recorded only for an existing account.");
        }
        if (account != null && username == null) {
            throw new IllegalArgumentException("An account is recorded with its username.");
        }
        if (account == null && role != null) {
            throw new IllegalArgumentException("A role is recorded only for an existing account.");
        }
    }

    public static Actor account(AccountId account, Username username, Role role) {
        return new Actor(account, username.value(), role);
    }

    /** Nobody signed in. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }

    /** Someone who tried to sign in with a username that no account has. */
    public static Actor unknownAccount() {
        return UNKNOWN;
    }

    /** RehabRx itself, running scheduled work that no one asked for at the time. */
    public static Actor system() {
        return SYSTEM;
    }
}
