package org.rehabrx.web.caseload;

import org.rehabrx.core.caseload.Caseload;
import org.rehabrx.db.caseload.JdbcCaseload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The db module's adapter behind the caseload port. */
@Configuration(proxyBeanMethods = false)
class CaseloadConfiguration {

    @Bean
    Caseload caseload(JdbcClient jdbc) {
        return new JdbcCaseload(jdbc);
    }
}
