package org.rehabrx.web.security;

import org.rehabrx.core.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authorities a signed-in account holds. */
public final class Authorities {

    /**
     * The only authority of an account that must replace a temporary password. It opens no role's views
     * or services, only the password change, so the rule holds everywhere without a check per screen.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /**
     * The only authority of an account with a second factor between its password and its code: it opens no
     * role's views or services, only the code step of the sign-in.
     */
    public static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

    private Authorities() {
    }

    static GrantedAuthority of(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    static GrantedAuthority passwordChangeRequired() {
        return new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED);
    }

    static GrantedAuthority secondFactorRequired() {
        return new SimpleGrantedAuthority(SECOND_FACTOR_REQUIRED);
    }
}
