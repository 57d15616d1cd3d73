package org.rehabrx.web.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a stored account's authentication where the security filter would, for calling application services. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static void account(ApplicationContext context, String username) {
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
