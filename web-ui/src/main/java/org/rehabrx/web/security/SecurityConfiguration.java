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
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Services are guarded by {@code @PreAuthorize}; views by Vaadin's navigation access control, which reads their
 * {@code @RolesAllowed} and {@code @PermitAll}. Method security leaves those annotations alone (no JSR-250), so
 * that views are not built as proxies.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInRegistry signInRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**").permitAll()
                // handout downloads: the service checks object-level access; anyone signed in may ask
                .requestMatchers(HttpMethod.GET, "/handouts/*").authenticated());
        // every signed-in session is registered, so that LiveSessions can end them (unlimited per account)
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(signInRegistry)));
        http.headers(headers -> headers
                .withObjectPostProcessor(WRITE_HEADERS_EAGERLY)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .addLogoutHandler(new CookieClearingLogoutHandler(SESSION_COOKIE)))
                .build();
    }

    /**
     * What Vaadin Flow needs and nothing more, found by removing each source in a real browser: its client
     * engine evaluates the JavaScript the server sends ({@code 'unsafe-eval'}), the bootstrap page carries inline
     * scripts and the components inline styles ({@code 'unsafe-inline'}), and Lumo's icon font and some icons
     * are {@code data:} URLs. Everything else comes from this origin, and no other site may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Vaadin answers page requests through a servlet forward, which commits the response without passing the
     * wrapper that would add the headers at commit time; written before the request goes on, they reach every
     * response. Vaadin's static files still set their own, cacheable, Cache-Control over the default no-store.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
            "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()");

    private static final String SESSION_COOKIE = "JSESSIONID";

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
