package org.rehabrx.web.operations;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, ahead of the Vaadin filter chain: health answers anyone with UP or DOWN; its details,
 * the version and commit ({@code /actuator/info}) and the metrics ({@code /actuator/prometheus}) need the
 * scraper's HTTP Basic credential from {@code rehabrx.metrics.username} / {@code rehabrx.metrics.password}.
 * There is no default: while either is unset those endpoints stay closed to everyone. The scraper is not an
 * account: it cannot sign in to the application, holds no session, and its failures do not reach the audit
 * trail or the sign-in throttle of people.
 */
@Configuration
class OperationsSecurityConfiguration {

    static final String SCRAPER_ROLE = "METRICS";

    private static final Logger log = LoggerFactory.getLogger(OperationsSecurityConfiguration.class);

    /**
     * A bare 401 status rather than an error page: the error dispatch would pass through the Vaadin chain,
     * which answers anyone not signed in with a redirect to the sign-in page, which a scraper cannot follow.
     */
    private static final AuthenticationEntryPoint ASK_FOR_CREDENTIALS = (request, response, refused) -> {
        response.setHeader("WWW-Authenticate", "Basic realm=\"RehabRx metrics\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    };

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, PasswordEncoder passwordEncoder,
                                              @Value("${rehabrx.metrics.username:}") String username,
                                              @Value("${rehabrx.metrics.password:}") String password)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/info", "/actuator/prometheus").hasRole(SCRAPER_ROLE)
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // answers are JSON or text for machines: nothing in them may load, run or be framed
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp
                        .policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .httpBasic(basic -> basic.authenticationEntryPoint(ASK_FOR_CREDENTIALS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ASK_FOR_CREDENTIALS)
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)));
        if (username.isBlank() || password.isBlank()) {
            log.info("Metrics and version endpoints are closed: set REHABRX_METRICS_USERNAME and "
                    + "REHABRX_METRICS_PASSWORD to let a scraper read them");
            http.authenticationManager(authentication -> {
                throw new BadCredentialsException("No metrics credential is configured");
            });
        } else {
            var scraper = User.withUsername(username).password(passwordEncoder.encode(password))
                    .roles(SCRAPER_ROLE).build();
            var provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(scraper));
            provider.setPasswordEncoder(passwordEncoder);
            http.authenticationManager(new ProviderManager(provider));
        }
        return http.build();
    }
}
