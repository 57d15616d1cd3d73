package org.rehabrx.web.secondfactor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.testing.UserInput.enter;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.secondfactor.SecondFactor;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.web.account.ui.ChangePasswordView;
import org.rehabrx.web.caseload.ui.MyPatientsView;
import org.rehabrx.web.secondfactor.AuthenticatorApp;
import org.rehabrx.web.security.Authorities;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;

/** The code step of the sign-in, as a clinician with an authenticator app goes through it. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class SecondFactorSignInViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    private Account clinician;
    private AuthenticatorApp app;

    @BeforeEach
    void aClinicianWithASecondFactorHasGivenTheRightPassword() {
        clinician = accounts.save(Account.open(new Username("tfa." + UUID.randomUUID().toString().substring(0, 8)),
                "Clinician With App", Role.CLINICIAN, new EncodedPassword("{noop}a long enough password")));
        var secret = TotpSecret.generate(new SecureRandom());
        secondFactors.save(new SecondFactor(clinician.id(), secret, clock.instant(), OptionalLong.empty(), 0, 0));
        app = new AuthenticatorApp(secret, clock);
        ui.signInAs(clinician.username().value());
    }

    @Test
    void noClinicalScreenOpensBeforeTheCodeAndTheRoleHomeOpensAfterIt() {
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.SECOND_FACTOR_REQUIRED);
        try {
            ui.navigate("patients");
        } catch (MockAccessDeniedException deniedBeforeTheGateRan) {
            // refused by view access control: just as closed as being held at the code step
        }
        assertThat(_find(MyPatientsView.class)).isEmpty();
        ui.navigate("account/password");
        assertThat(_find(ChangePasswordView.class)).isEmpty();
        _get(SecondFactorSignInView.class);
        ui.navigate("");
        _get(SecondFactorSignInView.class);
        String sessionIdBefore = sessionId();

        enter(codeField(), app.nextCode());
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        _get(MyPatientsView.class);
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly("ROLE_CLINICIAN");
        assertThat(sessionId()).as("a new session id after the code").isNotEqualTo(sessionIdBefore);
        ui.navigate("patients");
        _get(MyPatientsView.class);
        ui.navigate("login/second-factor");
        assertThat(_find(SecondFactorSignInView.class)).as("the code step is over").isEmpty();
        _get(MyPatientsView.class);
    }

    @Test
    void wrongCodesSayHowManyTriesAreLeftAndTheFifthEndsTheSignIn() {
        ui.navigate("");
        var code = codeField();
        for (int left = 4; left >= 1; left--) {
            enter(code, app.wrongCode());
            _click(_get(Button.class, spec -> spec.withText("Continue")));

            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).startsWith("That code is not right.")
                    .contains(left == 1 ? "once more" : left + " more times");
            assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.SECOND_FACTOR_REQUIRED);
        }

        enter(code, app.wrongCode());
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(BrowserlessUi.currentAuthorities()).as("signed out").isEmpty();
        assertThat(secondFactors.findByAccount(clinician.id()).orElseThrow().failedChecks()).isEqualTo(5);
    }

    @Test
    void anEmptyCodeIsNotSentAndSaysWhatIsMissing() {
        ui.navigate("");

        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(codeField().getErrorMessage()).isEqualTo("Enter the 6-digit code from your app");
        assertThat(secondFactors.findByAccount(clinician.id()).orElseThrow().failedChecks()).isZero();
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withLabel("Code from your app"));
    }

    private static String sessionId() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession().getId();
    }
}
