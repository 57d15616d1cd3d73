package org.rehabrx.web.secondfactor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.web.testing.UserInput.enter;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.web.secondfactor.AuthenticatorApp;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.shared.ui.QrCode;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

/** A clinician sets up an authenticator app from the QR code's key, then turns it off again. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class SecondFactorViewTest {

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

    @Test
    void aClinicianEnrolsWithTheShownKeyAndTurnsItOffWithALaterCode() {
        var clinician = newAccount(Role.CLINICIAN);
        ui.signInAs(clinician.username().value());
        ui.navigate("");
        var reminder = _get(SecondFactorReminder.class);
        assertThat(reminder.getElement().getTextRecursively()).isEqualTo("Turn on two-step sign-in (recommended)");
        assertThat(_get(reminder, RouterLink.class).getHref()).isEqualTo("account/second-factor");
        ui.navigate("account/second-factor");
        _get(QrCode.class);
        String typedKey = _get(Code.class).getText();
        var app = new AuthenticatorApp(TotpSecret.fromBase32(typedKey), clock);

        String wrong = app.wrongCode();
        enter(codeField(), wrong);
        _click(_get(Button.class, spec -> spec.withText("Turn on two-step sign-in")));
        assertThat(codeField().getErrorMessage()).startsWith("That is not the code your app shows for this key.");
        assertThat(codeField().getValue()).as("what was typed stays").isEqualTo(wrong);
        assertThat(secondFactors.isEnrolled(clinician.id())).isFalse();

        enter(codeField(), app.nextCode());
        _click(_get(Button.class, spec -> spec.withText("Turn on two-step sign-in")));

        assertThat(secondFactors.isEnrolled(clinician.id())).isTrue();
        _get(Button.class, spec -> spec.withText("Turn off"));
        assertThat(_find(SecondFactorReminder.class)).as("no longer suggested").isEmpty();

        enter(codeField(), app.nextCode());
        _click(_get(Button.class, spec -> spec.withText("Turn off")));

        assertThat(secondFactors.isEnrolled(clinician.id())).isFalse();
        _get(Button.class, spec -> spec.withText("Turn on two-step sign-in"));
        _get(SecondFactorReminder.class);
    }

    @Test
    void aPatientIsNeitherRemindedNorLetIn() {
        var patient = newAccount(Role.PATIENT);
        ui.signInAs(patient.username().value());

        ui.navigate("");

        assertThat(_find(SecondFactorReminder.class)).isEmpty();
        assertThatThrownBy(() -> ui.navigate("account/second-factor")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theScreenSpeaksSpanish() {
        var admin = newAccount(Role.ADMIN);
        ui.signInAs(admin.username().value());
        UI.getCurrent().setLocale(Translations.SPANISH);

        ui.navigate("account/second-factor");

        _get(Button.class, spec -> spec.withText("Activar el inicio de sesión en dos pasos"));
        _get(TextField.class, spec -> spec.withLabel("Código de su aplicación"));
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withLabel("Code from your app"));
    }

    private Account newAccount(Role role) {
        return accounts.save(Account.open(new Username("tfa." + UUID.randomUUID().toString().substring(0, 8)),
                "Test " + role, role, new EncodedPassword("{noop}a long enough password")));
    }
}
