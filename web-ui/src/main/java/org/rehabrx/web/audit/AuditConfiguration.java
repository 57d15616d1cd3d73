package org.rehabrx.web.audit;

import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.db.audit.JdbcAuditTrail;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new JdbcAuditTrail(jdbc, transactions);
    }

    /**
     * Runs around every {@link Audited} method, outside method security (which Spring Security orders from 100
     * on) and outside transactions (ordered last), so that it sees refusals and rollbacks as the caller does. The
     * recorder is looked up on the first call: an advisor is created before ordinary beans.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditedMethods(ObjectProvider<AuditRecorder> recorder) {
        var advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(Audited.class),
                new AuditingInterceptor(recorder));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Makes method and request authorization publish their denials, which {@link SecurityEventsAudit} records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
