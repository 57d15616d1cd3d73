package org.rehabrx.web.account.ui;

import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.web.account.PasswordChangeRefusedException;
import org.rehabrx.web.account.PasswordChangeService;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route("account/password")
@Menu(order = 100, icon = "KEY", title = "nav.changePassword")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordChangeService passwordChange;
    private final PasswordField currentPassword = new PasswordField(getTranslation("account.password.current"));
    private final PasswordField newPassword = new PasswordField(getTranslation("account.password.new"));
    private final PasswordField repeatedPassword = new PasswordField(getTranslation("account.password.repeated"));

    public ChangePasswordView(PasswordChangeService passwordChange, SignedInAccount signedIn) {
        this.passwordChange = passwordChange;
        addClassNames("app-view", "app-form");

        if (signedIn.require().passwordChangeRequired()) {
            currentPassword.setLabel(getTranslation("account.password.temporary"));
            add(new Paragraph(getTranslation("account.password.temporaryIntro")));
        }
        newPassword.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        newPassword.setValueChangeMode(ValueChangeMode.EAGER);
        newPassword.addValueChangeListener(change -> checkNewPassword());
        repeatedPassword.setValueChangeMode(ValueChangeMode.EAGER);
        repeatedPassword.addValueChangeListener(change -> checkRepetition());
        for (var field : new PasswordField[] {currentPassword, newPassword, repeatedPassword}) {
            field.setWidthFull();
            field.setRequired(true);
        }

        var save = new Button(getTranslation("account.password.submit"), click -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(currentPassword, newPassword, repeatedPassword, save);
    }

    private void checkNewPassword() {
        int length = newPassword.getValue().codePointCount(0, newPassword.getValue().length());
        boolean tooShort = length > 0 && length < PasswordPolicy.MIN_LENGTH;
        newPassword.setInvalid(tooShort);
        newPassword.setErrorMessage(tooShort
                ? getTranslation("account.password.tooShort", PasswordPolicy.MIN_LENGTH - length) : null);
        if (!repeatedPassword.isEmpty()) {
            checkRepetition();
        }
    }

    private void checkRepetition() {
        boolean differs = !repeatedPassword.getValue().equals(newPassword.getValue());
        repeatedPassword.setInvalid(differs);
        repeatedPassword.setErrorMessage(differs ? getTranslation("account.password.differs") : null);
    }

    private void submit() {
        if (currentPassword.isEmpty()) {
            currentPassword.setInvalid(true);
            currentPassword.setErrorMessage(getTranslation("account.password.currentRequired"));
            return;
        }
        checkRepetition();
        if (repeatedPassword.isInvalid()) {
            return;
        }
        try {
            passwordChange.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (PasswordChangeRefusedException refused) {
            var field = refused.getMessage().contains("current password") ? currentPassword : newPassword;
            field.setInvalid(true);
            field.setErrorMessage(DomainMessages.translate(refused.getMessage()));
            return;
        }
        Notification.show(getTranslation("account.password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.changePassword");
    }
}
