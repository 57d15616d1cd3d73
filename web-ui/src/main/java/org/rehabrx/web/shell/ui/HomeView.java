package org.rehabrx.web.shell.ui;

import org.rehabrx.web.account.ui.AccountsView;
import org.rehabrx.web.account.ui.ChangePasswordView;
import org.rehabrx.web.caseload.ui.MyPatientsView;
import org.rehabrx.web.portal.ui.MyProgrammeView;
import org.rehabrx.web.security.SignedInAccount;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Where sign-in lands: sends each account to the home of its role, or to the password change it owes. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final SignedInAccount signedIn;

    public HomeView(SignedInAccount signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var account = signedIn.require();
        if (account.passwordChangeRequired()) {
            event.forwardTo(ChangePasswordView.class);
            return;
        }
        event.forwardTo(switch (account.role()) {
            case ADMIN -> AccountsView.class;
            case CLINICIAN -> MyPatientsView.class;
            case PATIENT -> MyProgrammeView.class;
        });
    }
}
