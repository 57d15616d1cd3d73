package org.rehabrx.web.security;

import java.time.Clock;

import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.db.account.JdbcSignInFailures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one authentication provider of the application: passwords checked against the accounts, behind the
 * sign-in throttle. Being the only {@link AuthenticationProvider} bean, Spring Security builds its
 * authentication manager from it instead of from the {@link UserDetailsService} alone.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    SignInFailures signInFailures(JdbcClient jdbc) {
        return new JdbcSignInFailures(jdbc);
    }

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                           SignInFailures failures, Clock clock) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, failures, clock);
    }
}
