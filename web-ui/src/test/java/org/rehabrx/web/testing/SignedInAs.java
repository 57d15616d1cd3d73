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
        useSecurityOf(context);
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    /**
     * Points the static holder at this context's own strategy. Vaadin gives every Spring context a
     * strategy of its own, with its own thread-local, and the last context started wins the static holder;
     * with several cached test contexts in one JVM, an authentication set through the static holder would
     * otherwise be invisible to the method security of an older context.
     */
    public static void useSecurityOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
