package org.rehabrx.web.testing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts a stored account's authentication where the security filter would, for calling application services.
 *
 * <p>Each Spring context of the test run installs its own Vaadin-aware holder strategy as the static one, while
 * its method security keeps reading the strategy it was built with. Once a second context (a browser test, say)
 * has started, the static holder is no longer the one the first context's services read; so the
 * authentication goes into both.
 */
public final class SignedInAs {

    private static final Set<SecurityContextHolderStrategy> TOUCHED =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private SignedInAs() {
    }

    public static void account(ApplicationContext context, String username) {
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        put(context, securityContext);
    }

    /** Makes the security context the current one for the static holder and for the Spring context's services. */
    public static void put(ApplicationContext context, SecurityContext securityContext) {
        SecurityContextHolder.setContext(securityContext);
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            TOUCHED.add(strategy);
            strategy.setContext(securityContext);
        });
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
        synchronized (TOUCHED) {
            TOUCHED.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }
}
