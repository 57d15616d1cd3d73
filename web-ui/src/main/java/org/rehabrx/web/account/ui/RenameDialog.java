package org.rehabrx.web.account.ui;

import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.AccountSummary;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Changes the name an account is shown with; the username stays. */
class RenameDialog extends Dialog {

    final TextField name = new TextField(getTranslation("account.new.name"));

    RenameDialog(AccountAdministration administration, AccountSummary account, Runnable renamed, Runnable stale) {
        setHeaderTitle(getTranslation("account.rename.title"));
        name.setValue(account.displayName());
        name.setWidthFull();
        name.setRequired(true);
        add(name);
        var save = new Button(getTranslation("account.action.save"), click -> {
            try {
                administration.rename(account.id(), account.version(), name.getValue());
            } catch (ConcurrentChangeException changed) {
                close();
                stale.run();
                return;
            } catch (IllegalArgumentException refused) {
                name.setInvalid(true);
                name.setErrorMessage(DomainMessages.translate(refused.getMessage()));
                return;
            }
            close();
            renamed.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("account.action.cancel"), click -> close()), save);
        setWidth("28em");
    }
}
