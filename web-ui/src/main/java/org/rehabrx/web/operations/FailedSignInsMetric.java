package org.rehabrx.web.operations;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Refused sign-ins of every kind (wrong password, unknown username, disabled or locked account, wrong second
 * step), so that a password-guessing wave shows on the operator's graphs; who tried is in the audit trail.
 */
@Component
class FailedSignInsMetric {

    private final Counter failures;

    FailedSignInsMetric(MeterRegistry registry) {
        failures = Counter.builder("rehabrx.signin.failures")
                .description("Sign-in attempts that were refused").register(registry);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }
}
