package org.rehabrx.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.account.SignInThrottling;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when neither the typed username nor the client address is throttled (OWASP ASVS
 * 2.2.1). A throttled attempt fails with a {@link LockedException} before any password is looked at, so it
 * is an ordinary authentication failure with its usual events. The username is counted as typed, whether or
 * not such an account exists, so an unknown username is slowed down and locked exactly like a known one and
 * the answers tell nothing about which accounts exist.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInFailures failures;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInFailures failures, Clock clock) {
        this.passwords = passwords;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        var username = SignInSubject.username(attempt.getName());
        var address = clientAddress(attempt).map(SignInSubject::address);
        var now = clock.instant();
        if (isRefused(username, SignInThrottling.PER_USERNAME, now)
                || address.filter(subject -> isRefused(subject, SignInThrottling.PER_ADDRESS, now)).isPresent()) {
            throw new LockedException("Sign-in is paused after repeated failures");
        }
        try {
            var authenticated = passwords.authenticate(attempt);
            failures.forget(username);
            return authenticated;
        } catch (AuthenticationException refused) {
            count(username, SignInThrottling.PER_USERNAME, now);
            address.ifPresent(subject -> count(subject, SignInThrottling.PER_ADDRESS, now));
            failures.forgetAllBefore(olderOf(SignInThrottling.PER_USERNAME.forgetBefore(now),
                    SignInThrottling.PER_ADDRESS.forgetBefore(now)));
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean isRefused(SignInSubject subject, SignInThrottling rule, Instant now) {
        return rule.refusedUntil(failures.of(subject), now).isPresent();
    }

    private void count(SignInSubject subject, SignInThrottling rule, Instant now) {
        failures.add(subject, now, rule.forgetBefore(now));
    }

    private static Instant olderOf(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static Optional<String> clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }
}
