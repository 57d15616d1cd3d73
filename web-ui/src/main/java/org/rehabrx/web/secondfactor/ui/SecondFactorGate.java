package org.rehabrx.web.secondfactor.ui;

import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Keeps an account that still owes its second factor's code at the code step, whatever address it opens:
 * after the password, the browser may be sent back to the page first asked for, or to a screen every
 * signed-in account may open. Views of a role stay closed to it anyway; this only spares it a dead end.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final SignedInAccount signedIn;

    SecondFactorGate(SignedInAccount signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::holdAtCodeStep));
    }

    private void holdAtCodeStep(BeforeEnterEvent event) {
        boolean pending = signedIn.get().map(AccountPrincipal::secondFactorPending).orElse(false);
        if (pending && event.getNavigationTarget() != SecondFactorSignInView.class) {
            event.forwardTo(SecondFactorSignInView.class);
        }
    }
}
