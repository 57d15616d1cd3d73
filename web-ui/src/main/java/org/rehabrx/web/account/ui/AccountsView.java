package org.rehabrx.web.account.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The admin's home: the accounts of the clinic. */
@Route("admin/accounts")
@Menu(order = 10, icon = "USERS", title = "nav.accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    public AccountsView() {
        addClassName("app-view");
        var intro = new Paragraph(getTranslation("account.accounts.placeholder"));
        intro.addClassName("app-empty-state");
        add(intro);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
