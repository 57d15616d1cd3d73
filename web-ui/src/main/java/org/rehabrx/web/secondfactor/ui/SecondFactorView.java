package org.rehabrx.web.secondfactor.ui;

import org.rehabrx.core.account.Role;
import org.rehabrx.web.secondfactor.SecondFactorEnrolment;
import org.rehabrx.web.secondfactor.SecondFactorRefusedException;
import org.rehabrx.web.secondfactor.SecondFactorService;
import org.rehabrx.web.secondfactor.SecondFactorStatus;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.ui.QrCode;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A clinician or admin sets up an authenticator app for their own account, or turns it off again. */
@Route("account/second-factor")
@Menu(order = 101, icon = "MOBILE", title = "nav.secondFactor")
@RolesAllowed({"CLINICIAN", "ADMIN"})
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    private final SecondFactorService secondFactor;
    private final boolean admin;

    public SecondFactorView(SecondFactorService secondFactor, SignedInAccount signedIn) {
        this.secondFactor = secondFactor;
        this.admin = signedIn.require().role() == Role.ADMIN;
        addClassNames("app-view", "app-form", "second-factor");
        show(secondFactor.status());
    }

    private void show(SecondFactorStatus status) {
        removeAll();
        switch (status) {
            case UNAVAILABLE -> add(new Paragraph(getTranslation(
                    admin ? "secondfactor.unavailable.admin" : "secondfactor.unavailable")));
            case NOT_ENROLLED -> showEnrolment(secondFactor.startEnrolment());
            case ENROLLED -> showRemoval();
        }
    }

    private void showEnrolment(SecondFactorEnrolment enrolment) {
        var qrCode = new QrCode(enrolment.provisioningUri(), getTranslation("secondfactor.enrol.qr"));
        qrCode.getStyle().set("width", "12rem").set("height", "12rem");
        var key = new Code(enrolment.manualKey());
        key.addClassName("second-factor-key");
        key.getStyle().set("font-size", "var(--lumo-font-size-m)").set("white-space", "nowrap");

        var code = new CodeField();
        var confirm = new Button(getTranslation("secondfactor.enrol.submit"), click -> confirm(enrolment, code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        add(new Paragraph(getTranslation("secondfactor.intro")),
                new H3(getTranslation("secondfactor.enrol.scanTitle")),
                new Paragraph(getTranslation("secondfactor.enrol.scan")),
                qrCode,
                new Paragraph(getTranslation("secondfactor.enrol.manual")),
                key,
                new H3(getTranslation("secondfactor.enrol.confirmTitle")),
                code, confirm);
    }

    private void confirm(SecondFactorEnrolment enrolment, CodeField code) {
        if (!code.checkFilled()) {
            return;
        }
        try {
            secondFactor.confirmEnrolment(enrolment, code.getValue());
        } catch (SecondFactorRefusedException refused) {
            if (refused.reason() == SecondFactorRefusedException.Reason.WRONG_CODE) {
                code.refuse(getTranslation("secondfactor.wrongEnrolmentCode"));
            } else {
                show(secondFactor.status());
            }
            return;
        }
        notifySuccess("secondfactor.enrol.done");
    }

    private void showRemoval() {
        var code = new CodeField();
        var remove = new Button(getTranslation("secondfactor.remove.submit"), click -> remove(code));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickShortcut(Key.ENTER);
        add(new Paragraph(getTranslation("secondfactor.enrolled")),
                new H3(getTranslation("secondfactor.remove.title")),
                new Paragraph(getTranslation("secondfactor.remove.intro")),
                code, remove);
    }

    private void remove(CodeField code) {
        if (!code.checkFilled()) {
            return;
        }
        try {
            secondFactor.remove(code.getValue());
        } catch (SecondFactorRefusedException refused) {
            if (refused.reason() == SecondFactorRefusedException.Reason.WRONG_CODE) {
                code.refuse(getTranslation("secondfactor.wrongCode"));
            } else {
                show(secondFactor.status());
            }
            return;
        }
        notifySuccess("secondfactor.remove.done");
    }

    /** Opens the screen afresh, so that it and the reminder beside the signed-in name show the new state. */
    private void notifySuccess(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.secondFactor");
    }
}
