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
        useHolderOf(context);
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    /**
     * Every Spring context the tests start installs its own security-context holder strategy globally, and
     * its method security keeps reading that one. When a test uses a cached context after another context
     * was started, the context's own holder is put back, so that what is signed in here is seen there.
     */
    public static void useHolderOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
