package org.rehabrx.web.audit;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Records a signed-in account's attempt to open a screen its role may not open. Navigation access control
 * refuses it on its own; this only writes it down. Someone not signed in is sent to the sign-in page instead.
 */
@Component
class RouteDenialsAudit implements VaadinServiceInitListener {

    private final AccessAnnotationChecker accessChecker;
    private final AuditRecorder recorder;

    RouteDenialsAudit(AccessAnnotationChecker accessChecker, AuditRecorder recorder) {
        this.accessChecker = accessChecker;
        this.recorder = recorder;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var authentication = recorder.currentAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || event.isErrorEvent() || accessChecker.hasAccess(event.getNavigationTarget())) {
            return;
        }
        recorder.record(AuditAction.ACCESS_DENIED, null, AuditOutcome.DENIED);
    }
}
