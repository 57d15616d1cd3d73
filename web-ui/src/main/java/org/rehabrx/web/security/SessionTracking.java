package org.rehabrx.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** What {@link LiveSessions} needs: the servlet container's session events and Spring Security's registry. */
@Configuration(proxyBeanMethods = false)
class SessionTracking {

    @Bean
    SignInRegistry signInRegistry() {
        return new SignInRegistry();
    }

    /** Boot registers it with the servlet container, which then reports every session created, renamed or ended. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
