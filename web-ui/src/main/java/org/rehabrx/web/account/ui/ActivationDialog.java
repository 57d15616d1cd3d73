package org.rehabrx.web.account.ui;

import org.rehabrx.web.account.IssuedActivation;
import org.rehabrx.web.shared.ui.QrCode;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a new activation code once, for the admin to hand over or print: the code to type, the link and the
 * same link as a QR code. Nothing here is stored; once closed, the code cannot be shown again.
 */
class ActivationDialog extends Dialog {

    final Span code = new Span();
    final Span username = new Span();
    final Span link = new Span();
    final Span address = new Span();

    ActivationDialog(IssuedActivation activation, String activationLink) {
        setHeaderTitle(getTranslation("account.activation.title", activation.account().displayName()));
        addClassName("activation-dialog");
        setCloseOnOutsideClick(false);
        setWidth("36em");

        username.setText(activation.account().username());
        code.setText(activation.code());
        code.addClassName("activation-code");
        link.setText(activationLink);
        link.addClassName("activation-link");
        address.setText(activationLink.substring(0, activationLink.indexOf('#')));
        address.addClassName("activation-link");

        var forTheAdmin = new Paragraph(getTranslation("account.activation.intro", activation.account().displayName()));
        forTheAdmin.addClassName("activation-admin-note");
        var sheet = new Div(forTheAdmin,
                labelled("account.activation.username", username),
                labelled("account.activation.code", code),
                new QrCode(activationLink, getTranslation("account.activation.qr")),
                new Paragraph(getTranslation("account.activation.howTo")),
                labelled("account.activation.link", link),
                labelled("account.activation.address", address),
                new Paragraph(getTranslation("account.activation.expires",
                        Moments.format(activation.expiresAt(), getLocale()))));
        sheet.addClassName("activation-sheet");
        add(sheet);

        var print = new Button(getTranslation("account.activation.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("""
                        document.documentElement.classList.add('activation-printing');
                        window.print();
                        document.documentElement.classList.remove('activation-printing');"""));
        var close = new Button(getTranslation("account.action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(print, close);
    }

    private Div labelled(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("activation-label");
        var row = new Div(label, value);
        row.addClassName("activation-row");
        return row;
    }
}
