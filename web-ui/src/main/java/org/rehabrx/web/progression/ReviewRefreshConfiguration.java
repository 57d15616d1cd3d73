package org.rehabrx.web.progression;

import java.time.Clock;

import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.progression.ReviewRefresh;
import org.rehabrx.db.progression.JdbcActiveProgrammeEvidence;
import org.rehabrx.db.progression.JdbcNewProposals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly refresh over the db module's bulk adapters, and the scheduling that runs it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReviewRefreshConfiguration {

    @Bean
    ReviewRefresh reviewRefresh(JdbcClient jdbc, Exercises exercises, AuditTrail audit, Clock clock) {
        return new ReviewRefresh(new JdbcActiveProgrammeEvidence(jdbc), exercises, new JdbcNewProposals(jdbc), audit,
                clock);
    }
}
