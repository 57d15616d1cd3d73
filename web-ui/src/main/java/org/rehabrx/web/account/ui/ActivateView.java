package org.rehabrx.web.account.ui;

import java.net.URL;

import org.rehabrx.core.account.ActivationRefusedException;
import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.web.account.ActivationLinks;
import org.rehabrx.web.account.ActivationService;
import org.rehabrx.web.account.PasswordChangeRefusedException;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the owner of a new or reset account chooses their password. The code comes from the link's fragment
 * (never sent to the server, so never in a proxy's log; it is removed from the address bar at once) or is
 * typed from the printed sheet. A code that cannot be used gives its reason and nothing else.
 */
@Route(value = ActivationLinks.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ActivateView extends VerticalLayout implements HasDynamicTitle {

    private final ActivationService activation;
    final TextField code = new TextField(getTranslation("activation.code"));
    final Button proceed = new Button(getTranslation("activation.continue"));
    final Paragraph refusal = new Paragraph();
    final Paragraph username = new Paragraph();
    final PasswordField password = new PasswordField(getTranslation("account.password.new"));
    final PasswordField repeated = new PasswordField(getTranslation("account.password.repeated"));
    final Button activate = new Button(getTranslation("activation.submit"));
    final Div choosing = new Div();
    final Div done = new Div();

    public ActivateView(ActivationService activation) {
        this.activation = activation;
        addClassName("activation-page");

        code.setWidthFull();
        code.setRequired(true);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proceed.addClickListener(click -> check());
        proceed.addClickShortcut(Key.ENTER);
        refusal.addClassName("activation-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeated.setWidthFull();
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(click -> activate());
        choosing.add(username, new Paragraph(getTranslation("activation.choose")), password, repeated, activate);
        choosing.addClassName("activation-choosing");
        choosing.setVisible(false);

        done.add(new Paragraph(getTranslation("activation.done")), new Anchor("login",
                getTranslation("activation.signIn")));
        done.setVisible(false);

        add(new H1(getTranslation("activation.title")), new Paragraph(getTranslation("activation.intro")), code,
                proceed, refusal, choosing, done);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().fetchCurrentURL(this::codeFromLink);
    }

    /** Takes the code out of the link's fragment and out of the address bar and the browser's history. */
    void codeFromLink(URL link) {
        String fragment = link.getRef();
        if (fragment == null || fragment.isBlank()) {
            return;
        }
        getElement().executeJs("history.replaceState(null, '', location.pathname + location.search)");
        code.setValue(fragment);
        check();
    }

    private void check() {
        refusal.setVisible(false);
        try {
            var pending = activation.check(code.getValue());
            username.setText(getTranslation("activation.username", pending.username()));
            code.setInvalid(false);
            code.setReadOnly(true);
            proceed.setVisible(false);
            choosing.setVisible(true);
            password.focus();
        } catch (ActivationRefusedException refused) {
            refuse(getTranslation("activation.refused." + refused.reason().name()));
        } catch (IllegalArgumentException notACode) {
            code.setInvalid(true);
            code.setErrorMessage(DomainMessages.translate(notACode.getMessage()));
        } catch (IllegalStateException disabled) {
            refuse(DomainMessages.translate(disabled.getMessage()));
        }
    }

    private void activate() {
        if (!repeated.getValue().equals(password.getValue())) {
            repeated.setInvalid(true);
            repeated.setErrorMessage(getTranslation("account.password.differs"));
            return;
        }
        repeated.setInvalid(false);
        try {
            activation.activate(code.getValue(), password.getValue());
        } catch (PasswordChangeRefusedException weak) {
            password.setInvalid(true);
            password.setErrorMessage(DomainMessages.translate(weak.getMessage()));
            return;
        } catch (ActivationRefusedException refused) {
            refuse(getTranslation("activation.refused." + refused.reason().name()));
            return;
        } catch (IllegalStateException disabled) {
            refuse(DomainMessages.translate(disabled.getMessage()));
            return;
        }
        code.setVisible(false);
        choosing.setVisible(false);
        done.setVisible(true);
    }

    private void refuse(String reason) {
        refusal.setText(reason);
        refusal.setVisible(true);
        choosing.setVisible(false);
        code.setReadOnly(false);
        proceed.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.pageTitle");
    }
}
