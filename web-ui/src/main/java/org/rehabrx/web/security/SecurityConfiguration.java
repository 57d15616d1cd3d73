package org.rehabrx.web.security;

import java.util.Map;

import org.rehabrx.web.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInRegistry signInRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**").permitAll()
                // handout downloads: the service checks object-level access; anyone signed in may ask
                .requestMatchers(HttpMethod.GET, "/handouts/*").authenticated());
        // every signed-in session is registered, so that LiveSessions can end them (unlimited per account)
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(signInRegistry)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Argon2id for new hashes; it has no input limit, unlike bcrypt's 72 bytes, so long passphrases in
     * any script are hashed whole. Hashes keep their {id} prefix, so bcrypt ones remain readable.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(
                current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
