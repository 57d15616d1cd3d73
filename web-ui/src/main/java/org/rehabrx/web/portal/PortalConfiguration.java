package org.rehabrx.web.portal;

import org.rehabrx.core.portal.SeenVersions;
import org.rehabrx.db.portal.JdbcSeenVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The db module's adapter behind the portal's own port. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    SeenVersions seenVersions(JdbcClient jdbc) {
        return new JdbcSeenVersions(jdbc);
    }
}
