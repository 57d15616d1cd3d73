package org.rehabrx.web.account.ui;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.AccountSummary;
import org.rehabrx.web.account.CareTeamAdministration;
import org.rehabrx.web.account.CareTeamMembership;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An admin finds a patient by clinic reference and manages who is in their care team and which patient account
 * is theirs. Only the reference and the name are shown: an admin sees nothing clinical.
 */
@Route("admin/care-teams")
@Menu(order = 12, icon = "DOCTOR", title = "nav.careTeams")
@RolesAllowed("ADMIN")
public class CareTeamsView extends VerticalLayout implements HasDynamicTitle {

    private static final int CHOICES = 50;

    private final CareTeamAdministration careTeams;
    final TextField reference = new TextField(getTranslation("account.careTeam.reference"));
    final Div result = new Div();
    final ComboBox<AccountSummary> clinician = new ComboBox<>(getTranslation("account.careTeam.addClinician"));
    final ComboBox<AccountSummary> patientAccount = new ComboBox<>(getTranslation("account.careTeam.linkAccount"));
    private @Nullable CareTeamMembership shown;

    public CareTeamsView(CareTeamAdministration careTeams, AccountAdministration accounts) {
        this.careTeams = careTeams;
        addClassName("app-view");

        reference.setClearButtonVisible(true);
        result.addClassName("care-team-result");
        var find = new Button(getTranslation("account.careTeam.find"), click -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        var search = new HorizontalLayout(reference, find);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        clinician.setItemLabelGenerator(account -> account.displayName() + " (" + account.username() + ")");
        clinician.setItems(query -> accounts.accounts(new AccountFilter(query.getFilter().orElse(""), Role.CLINICIAN, null),
                query.getOffset(), Math.min(query.getLimit(), CHOICES)).stream());
        clinician.setWidth("22em");
        patientAccount.setItemLabelGenerator(account -> account.displayName() + " (" + account.username() + ")");
        patientAccount.setItems(query -> accounts.accounts(new AccountFilter(query.getFilter().orElse(""), Role.PATIENT, null),
                query.getOffset(), Math.min(query.getLimit(), CHOICES)).stream());
        patientAccount.setWidth("22em");

        add(new Paragraph(getTranslation("account.careTeam.intro")), search, result);
    }

    private void find() {
        reference.setInvalid(false);
        try {
            var found = careTeams.findByReference(reference.getValue());
            if (found.isEmpty()) {
                show(null);
                reference.setInvalid(true);
                reference.setErrorMessage(getTranslation("account.careTeam.notFound"));
                return;
            }
            show(found.get());
        } catch (IllegalArgumentException notAReference) {
            show(null);
            reference.setInvalid(true);
            reference.setErrorMessage(DomainMessages.translate(notAReference.getMessage()));
        }
    }

    private void show(@Nullable CareTeamMembership membership) {
        shown = membership;
        result.removeAll();
        if (membership == null) {
            return;
        }
        result.add(new H3(membership.reference() + " · " + membership.name()));

        result.add(new H4(getTranslation("account.careTeam.team")));
        for (var member : membership.careTeam()) {
            var remove = new Button(getTranslation("account.careTeam.remove"), click -> change(() ->
                    careTeams.removeFromCareTeam(membership.patient(), membership.version(), member.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("account.careTeam.remove") + " " + member.displayName());
            var row = new HorizontalLayout(new Span(member.displayName() + " (" + member.username() + ")"), remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("care-team-member");
            result.add(row);
        }
        clinician.clear();
        var add = new Button(getTranslation("account.careTeam.add"), click -> {
            if (clinician.getValue() != null) {
                change(() -> careTeams.addToCareTeam(membership.patient(), membership.version(),
                        clinician.getValue().id()));
            }
        });
        var adding = new HorizontalLayout(clinician, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.add(adding);

        result.add(new H4(getTranslation("account.careTeam.account")));
        var linked = membership.account();
        if (linked == null) {
            patientAccount.clear();
            var link = new Button(getTranslation("account.careTeam.link"), click -> {
                if (patientAccount.getValue() != null) {
                    change(() -> careTeams.linkAccount(membership.patient(), membership.version(),
                            patientAccount.getValue().id()));
                }
            });
            var linking = new HorizontalLayout(patientAccount, link);
            linking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            result.add(new Paragraph(getTranslation("account.careTeam.noAccount")), linking);
        } else {
            var unlink = new Button(getTranslation("account.careTeam.unlink"), click -> change(() ->
                    careTeams.unlinkAccount(membership.patient(), membership.version())));
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var row = new HorizontalLayout(new Span(linked.displayName() + " (" + linked.username() + ")"), unlink);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            result.add(row);
        }
    }

    private void change(SerializableSupplier<CareTeamMembership> change) {
        try {
            show(change.get());
            Notification.show(getTranslation("account.careTeam.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentChangeException stale) {
            reload();
            problem(getTranslation("account.stale"));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem(DomainMessages.translate(refused.getMessage()));
        }
    }

    private void reload() {
        if (shown != null) {
            show(careTeams.findByReference(shown.reference()).orElse(null));
        }
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
        return getTranslation("nav.careTeams");
    }
}
