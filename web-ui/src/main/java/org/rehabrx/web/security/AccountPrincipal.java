package org.rehabrx.web.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session: plain values only, no password once signed in. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean passwordChangeRequired;
    private final boolean secondFactorPending;
    private final boolean enabled;
    private @Nullable String passwordHash;

    /** @param secondFactorPending the password was right, the second factor's code is still owed */
    AccountPrincipal(Account account, boolean secondFactorPending) {
        this.secondFactorPending = secondFactorPending;
        this.accountId = account.id().value();
        this.username = account.username().value();
        this.displayName = account.displayName();
        this.role = account.role();
        this.passwordChangeRequired = account.passwordChangeRequired();
        // an account awaiting activation has no password, so it counts as disabled until its owner chooses one
        this.enabled = account.canSignIn();
        this.passwordHash = account.password() == null ? null : account.password().value();
    }

    public AccountId accountId() {
        return new AccountId(accountId);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean secondFactorPending() {
        return secondFactorPending;
    }

    /** The second factor comes first: a temporary password is changed only by whoever also holds the code. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondFactorPending) {
            return List.of(Authorities.secondFactorRequired());
        }
        return List.of(passwordChangeRequired ? Authorities.passwordChangeRequired() : Authorities.of(role));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role + "]";
    }
}
