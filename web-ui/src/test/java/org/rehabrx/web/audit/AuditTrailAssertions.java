package org.rehabrx.web.audit;

import java.util.List;

import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditTrail;

/** The events a test step added to a trail that other tests of the same Spring context write to as well. */
final class AuditTrailAssertions {

    private final AuditTrail trail;
    private long before;

    AuditTrailAssertions(AuditTrail trail) {
        this.trail = trail;
        mark();
    }

    /** From now on, only newer events count. */
    void mark() {
        var newest = trail.search(AuditQuery.ALL, 0, 1);
        before = newest.isEmpty() ? Long.MIN_VALUE : newest.getFirst().sequence();
    }

    List<AuditEvent> added() {
        return trail.chainAfter(before, 1_000);
    }
}
