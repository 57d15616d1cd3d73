package org.rehabrx.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once more before a change that signs someone out or locks them out. */
class ConfirmationDialog extends Dialog {

    ConfirmationDialog(String title, String text, String confirmLabel, boolean harmless, Runnable confirmed) {
        setHeaderTitle(title);
        add(new Paragraph(text));
        var confirm = new Button(confirmLabel, click -> {
            close();
            confirmed.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!harmless) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var cancel = new Button(getTranslation("account.action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        addClassName("confirmation-dialog");
        setMaxWidth("32em");
    }
}
