package org.rehabrx.web.account.ui;

import java.util.function.Consumer;

import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.account.UsernameTakenException;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.IssuedActivation;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A new account of any role: username, name and role. Its owner chooses the password later, with the code. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField(getTranslation("account.new.username"));
    final TextField name = new TextField(getTranslation("account.new.name"));
    final Select<Role> role = new Select<>();
    final Button create = new Button(getTranslation("account.action.create"));

    NewAccountDialog(AccountAdministration administration, Consumer<IssuedActivation> created) {
        setHeaderTitle(getTranslation("account.new.title"));
        username.setHelperText(getTranslation("account.new.usernameHelp"));
        username.setRequired(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(change -> checkUsername());
        name.setRequired(true);
        role.setLabel(getTranslation("account.new.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(change -> role.setInvalid(false));

        var form = new FormLayout(username, name, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (!checkUsername() | !checkRole()) {
                return;
            }
            IssuedActivation activation;
            try {
                activation = administration.create(username.getValue(), name.getValue(), role.getValue());
            } catch (UsernameTakenException taken) {
                invalid(username, DomainMessages.translate(taken.getMessage()));
                return;
            } catch (IllegalArgumentException refused) {
                invalid(name, DomainMessages.translate(refused.getMessage()));
                return;
            }
            close();
            created.accept(activation);
        });
        getFooter().add(new Button(getTranslation("account.action.cancel"), click -> close()), create);
        setWidth("30em");
    }

    private boolean checkUsername() {
        try {
            new Username(username.getValue());
        } catch (IllegalArgumentException refused) {
            invalid(username, DomainMessages.translate(refused.getMessage()));
            return false;
        }
        username.setInvalid(false);
        return true;
    }

    private boolean checkRole() {
        if (role.getValue() == null) {
            role.setInvalid(true);
            role.setErrorMessage(getTranslation("account.new.roleRequired"));
            return false;
        }
        return true;
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
