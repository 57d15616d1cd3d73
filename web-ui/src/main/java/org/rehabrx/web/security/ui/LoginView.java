package org.rehabrx.web.security.ui;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("app-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var brand = new H1("RehabRx");
        brand.addClassName("app-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("app-login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(false));
        // the printed activation sheet names this address; a person who lost the link starts here
        var activate = new Anchor("activate", getTranslation("login.activate"));
        activate.addClassName("app-login-activate");
        add(brand, tagline, form, activate);
    }

    private LoginI18n texts(boolean throttled) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        String error = throttled ? "login.throttled" : "login.error";
        i18n.getErrorMessage().setTitle(getTranslation(error + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(error + ".message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailureWasThrottled()) {
            form.setI18n(texts(true));
        }
        form.setError(failed);
    }

    /** Spring Security keeps the last sign-in failure in the session; a throttled attempt fails as "locked". */
    private static boolean lastFailureWasThrottled() {
        var session = VaadinSession.getCurrent();
        return session != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
