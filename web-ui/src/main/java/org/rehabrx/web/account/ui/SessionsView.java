package org.rehabrx.web.account.ui;

import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.security.SignedInSession;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Who is signed in right now, and the means to end any of their sessions at once. */
@Route("admin/sessions")
@Menu(order = 11, icon = "CLOCK", title = "nav.sessions")
@RolesAllowed("ADMIN")
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    final Grid<SignedInSession> grid = new Grid<>();

    public SessionsView(AccountAdministration administration) {
        this.administration = administration;
        addClassName("app-view");
        setSizeFull();

        var refresh = new Button(getTranslation("account.sessions.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        grid.addColumn(SignedInSession::displayName).setHeader(getTranslation("account.sessions.who"))
                .setKey("who").setFlexGrow(2);
        grid.addColumn(session -> getTranslation("role." + session.role().name()))
                .setHeader(getTranslation("account.sessions.role")).setKey("role");
        grid.addColumn(session -> Moments.format(session.signedInAt(), getLocale()))
                .setHeader(getTranslation("account.sessions.signedInAt")).setKey("signedInAt").setAutoWidth(true);
        grid.addColumn(session -> Moments.format(session.lastActivity(), getLocale()))
                .setHeader(getTranslation("account.sessions.lastActivity")).setKey("lastActivity").setAutoWidth(true);
        grid.addComponentColumn(this::endButton).setKey("end").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.sessions.empty"));
        grid.setSizeFull();
        add(refresh, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.signedInSessions());
    }

    private Button endButton(SignedInSession session) {
        var end = new Button(getTranslation("account.sessions.end"), click -> {
            boolean ended = administration.endSession(session.account(), session.reference());
            refresh();
            var notification = Notification.show(ended
                    ? getTranslation("account.sessions.ended", session.displayName())
                    : getTranslation("account.sessions.gone"), 4000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(ended ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return end;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
