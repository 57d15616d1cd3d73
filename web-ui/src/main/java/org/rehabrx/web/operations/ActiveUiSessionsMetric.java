package org.rehabrx.web.operations;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Vaadin sessions alive on this instance, signed in or still at the sign-in page. Vaadin keeps each one's UI
 * state in the heap, so this is what a replica's memory grows with.
 */
@Component
class ActiveUiSessionsMetric implements VaadinServiceInitListener {

    private final AtomicInteger active = new AtomicInteger();

    ActiveUiSessionsMetric(MeterRegistry registry) {
        Gauge.builder("rehabrx.ui.sessions.active", active, AtomicInteger::get)
                .description("Vaadin UI sessions open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(started -> active.incrementAndGet());
        service.addSessionDestroyListener(ended -> active.decrementAndGet());
    }
}
