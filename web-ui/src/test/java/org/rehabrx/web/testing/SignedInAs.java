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
     * Every Spring context registers its own Vaadin-aware holder strategy, with its own thread-local, and makes it
     * the global one when it starts. Once a test class has started another context (e.g. a browser test on a
     * random port), the global strategy is no longer the one the cached context's method security and views read;
     * so the strategy of the context under test is put back before an authentication is stored.
     */
    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
