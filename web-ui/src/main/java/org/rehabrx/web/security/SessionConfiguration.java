package org.rehabrx.web.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Session lifetimes: {@code rehabrx.session.idle-timeout} (default 30 minutes without a request from the
 * person) and {@code rehabrx.session.absolute-timeout} (default 12 hours after sign-in, however active).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Spring Security's filter chain is registered at order -100; sessions must be judged before it reads them. */
    private static final int BEFORE_SPRING_SECURITY = -101;

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            Clock clock,
            @Value("${rehabrx.session.idle-timeout:30m}") Duration idleTimeout,
            @Value("${rehabrx.session.absolute-timeout:12h}") Duration absoluteTimeout) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(clock, idleTimeout, absoluteTimeout));
        registration.setOrder(BEFORE_SPRING_SECURITY);
        return registration;
    }
}
