package org.rehabrx.web.secondfactor.ui;

import org.rehabrx.web.secondfactor.SecondFactorCodeRejectedException;
import org.rehabrx.web.secondfactor.SecondFactorRefusedException;
import org.rehabrx.web.secondfactor.SecondFactorService;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The sign-in's second step, for an account whose password was right and which has a second factor. It
 * is the only screen such an account can open; a right code sends it on to the home of its role.
 */
@Route(value = SecondFactorSignInView.ROUTE, autoLayout = false)
@PermitAll
public class SecondFactorSignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login/second-factor";

    private final SecondFactorService secondFactor;
    private final SignedInAccount signedIn;
    private final CodeField code = new CodeField();

    public SecondFactorSignInView(SecondFactorService secondFactor, SignedInAccount signedIn) {
        this.secondFactor = secondFactor;
        this.signedIn = signedIn;
        addClassName("app-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var brand = new H1("RehabRx");
        brand.addClassName("app-brand");
        var form = new VerticalLayout();
        form.addClassName("app-form");
        form.setPadding(false);
        var title = new H2(getTranslation("secondfactor.signIn.title"));
        var intro = new Paragraph(getTranslation("secondfactor.signIn.intro"));
        code.focus();
        var submit = new Button(getTranslation("secondfactor.signIn.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        var signOut = new Button(getTranslation("secondfactor.signIn.signOut"), click -> signedIn.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(title, intro, code, submit, signOut);
        add(brand, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!signedIn.get().map(AccountPrincipal::secondFactorPending).orElse(false)) {
            event.forwardTo("");
        }
    }

    private void submit() {
        if (!code.checkFilled()) {
            return;
        }
        try {
            secondFactor.verifySignIn(code.getValue());
        } catch (SecondFactorCodeRejectedException rejected) {
            // when no tries are left the service has signed out, and the page is on its way to the sign-in
            if (!rejected.signedOut()) {
                code.refuse(getTranslation("secondfactor.signIn.wrong", rejected.checksLeft()));
            }
            return;
        } catch (SecondFactorRefusedException unavailable) {
            code.refuse(getTranslation("secondfactor.signIn.unavailable"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondfactor.signIn.pageTitle");
    }
}
