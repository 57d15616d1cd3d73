package org.rehabrx.web.account.ui;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.AccountSummary;
import org.rehabrx.web.account.ActivationLinks;
import org.rehabrx.web.account.IssuedActivation;
import org.rehabrx.web.account.SignInThrottle;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The admin's home: the accounts of the clinic, to create, rename, disable, enable and reset. */
@Route("admin/accounts")
@Menu(order = 10, icon = "USERS", title = "nav.accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final ActivationLinks links;
    private final SignInThrottle throttle;
    private final TextField search = new TextField(getTranslation("account.list.search"));
    private final Select<Role> role = new Select<>();
    private final Select<AccountStatus> status = new Select<>();
    final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountAdministration administration, ActivationLinks links, SignInThrottle throttle) {
        this.administration = administration;
        this.links = links;
        this.throttle = throttle;
        addClassNames("app-view", "accounts-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("account.list.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        role.setLabel(getTranslation("account.list.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("account.list.anyRole"));
        role.setItemLabelGenerator(value -> value == null ? getTranslation("account.list.anyRole")
                : getTranslation("role." + value.name()));
        role.addValueChangeListener(change -> refresh());

        status.setLabel(getTranslation("account.list.status"));
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("account.list.anyStatus"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("account.list.anyStatus")
                : getTranslation("account.status." + value.name()));
        status.addValueChangeListener(change -> refresh());

        var create = new Button(getTranslation("account.list.new"), VaadinIcon.PLUS.create(), click -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, role, status, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("accounts-toolbar");

        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.list.name"))
                .setKey("name").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.list.username"))
                .setKey("username").setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("account.list.role")).setKey("role");
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("account.list.status")).setKey("status")
                // wide enough for the longest status in every language; auto width measures only the first page
                .setWidth("15em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("account.list.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.list.empty"));
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setSizeFull();

        add(toolbar, grid);
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), role.getValue(), status.getValue());
    }

    /** The rows asked for, in pages the service accepts; fewer when the list ends. */
    private Stream<AccountSummary> fetch(int offset, int limit) {
        var filter = filter();
        var rows = new ArrayList<AccountSummary>();
        while (rows.size() < limit) {
            int wanted = Math.min(AccountAdministration.MAX_PAGE, limit - rows.size());
            var page = administration.accounts(filter, offset + rows.size(), wanted);
            rows.addAll(page);
            if (page.size() < wanted) {
                break;
            }
        }
        return rows.stream();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Span statusBadge(AccountSummary account) {
        var badge = new Span(getTranslation(account.locked() ? "account.status.locked"
                : "account.status." + account.status().name()));
        badge.getElement().getThemeList().add(account.locked() ? "badge error" : switch (account.status()) {
            case ACTIVE -> "badge success";
            case AWAITING_ACTIVATION -> "badge";
            case DISABLED -> "badge contrast";
        });
        return badge;
    }

    private HorizontalLayout actions(AccountSummary account) {
        var rename = small("account.action.rename",
                () -> new RenameDialog(administration, account, this::renamed, this::staleRefresh).open());
        var enabled = account.status() != AccountStatus.DISABLED;
        var toggle = enabled
                ? small("account.action.disable", () -> confirm("disable", account,
                        () -> disable(account)))
                : small("account.action.enable", () -> confirm("enable", account, () -> enable(account)));
        var actions = new HorizontalLayout(rename, toggle);
        if (account.locked()) {
            actions.add(small("account.action.unlock", () -> unlock(account)));
        }
        if (enabled) {
            actions.add(small("account.action.resetAccess", () -> confirm("resetAccess", account,
                    () -> resetAccess(account))));
        }
        actions.setSpacing(false);
        actions.addClassName("accounts-actions");
        return actions;
    }

    private Button small(String key, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void confirm(String action, AccountSummary account, Runnable confirmed) {
        new ConfirmationDialog(getTranslation("account.confirm." + action + ".title", account.displayName()),
                getTranslation("account.confirm." + action + ".text"),
                getTranslation("account.action." + action), action.equals("enable"), confirmed).open();
    }

    private void openNew() {
        new NewAccountDialog(administration, this::showActivation).open();
    }

    private void showActivation(IssuedActivation activation) {
        refresh();
        new ActivationDialog(activation, links.linkFor(activation)).open();
    }

    private void renamed() {
        refresh();
        notify(getTranslation("account.done.renamed"));
    }

    private void disable(AccountSummary account) {
        attempt(() -> administration.disable(account.id(), account.version()),
                disabled -> notify(getTranslation("account.done.disabled", disabled.displayName())));
    }

    private void enable(AccountSummary account) {
        attempt(() -> administration.enable(account.id(), account.version()),
                enabled -> notify(getTranslation("account.done.enabled", enabled.displayName())));
    }

    private void unlock(AccountSummary account) {
        throttle.release(account.id());
        refresh();
        notify(getTranslation("account.done.unlocked", account.displayName()));
    }

    private void resetAccess(AccountSummary account) {
        attemptActivation(() -> administration.resetAccess(account.id(), account.version()));
    }

    private void attemptActivation(Supplier<IssuedActivation> change) {
        try {
            showActivation(change.get());
        } catch (ConcurrentChangeException stale) {
            staleRefresh();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem(DomainMessages.translate(refused.getMessage()));
        }
    }

    private <T> void attempt(Supplier<T> change, Consumer<T> done) {
        try {
            T result = change.get();
            refresh();
            done.accept(result);
        } catch (ConcurrentChangeException stale) {
            staleRefresh();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem(DomainMessages.translate(refused.getMessage()));
        }
    }

    private void staleRefresh() {
        refresh();
        problem(getTranslation("account.stale"));
    }

    private void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void problem(String text) {
        var notification = new Notification(new Paragraph(text));
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
