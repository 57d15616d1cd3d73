package org.rehabrx.web.security;

import java.util.Optional;

import org.rehabrx.core.account.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Who is signed in, for application services and views. */
@Component
public class SignedInAccount {

    private final AuthenticationContext authenticationContext;
    private final SecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    SignedInAccount(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<AccountPrincipal> get() {
        return authenticationContext.getAuthenticatedUser(AccountPrincipal.class);
    }

    public AccountPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No account is signed in"));
    }

    /**
     * Replaces the signed-in principal with the account's new state, in this request and in the
     * session, so that authorities gained by a password change apply at once. A second factor still owed
     * stays owed.
     */
    public void refresh(Account account) {
        boolean secondFactorPending = get().map(AccountPrincipal::secondFactorPending).orElse(false);
        replace(new AccountPrincipal(account, secondFactorPending));
    }

    /**
     * The second factor's code was right: the account gets the authorities of its state, under a new
     * session id, so that an id learnt before the code step is worthless afterwards (session fixation).
     */
    public void passedSecondFactor(Account account) {
        replace(new AccountPrincipal(account, false));
        var request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest().changeSessionId();
        }
    }

    private void replace(AccountPrincipal principal) {
        principal.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            sessionRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
