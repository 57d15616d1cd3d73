package org.rehabrx.web.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a stored account's authentication where the security filter would, for calling application services. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static void account(ApplicationContext context, String username) {
        useStrategyOf(context);
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    /**
     * Makes {@link SecurityContextHolder} hand out the security context of this application context. Each
     * context installs its own strategy, with a thread-local of its own, as the global one when it starts, and
     * its security checks keep reading that instance; a test running in a context created before another one
     * would otherwise sign in where its context never looks.
     */
    static void useStrategyOf(ApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
