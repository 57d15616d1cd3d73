package org.rehabrx.web.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** What {@link LiveSessions} needs: the servlet container's session events and Spring Security's registry. */
@Configuration(proxyBeanMethods = false)
class SessionTracking {

    @Bean
    SignInRegistry signInRegistry(Clock clock) {
        return new SignInRegistry(clock);
    }

    /** Boot registers it with the servlet container, which then reports every session created, renamed or ended. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
