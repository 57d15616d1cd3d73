package org.rehabrx.web.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.web.account.ui.AccountsView;
import org.rehabrx.web.account.ui.ChangePasswordView;
import org.rehabrx.web.security.Authorities;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;

/**
 * The very first start, without demo accounts and without REHABRX_ADMIN_PASSWORD: the only way in is the
 * one-time admin password from the log, and it opens nothing but the password change.
 */
@SpringBootTest(properties = "rehabrx.test.context=first-start")
@WithTestDatabase
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminBootstrapTest {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("one-time password:\\s+([a-z2-9]{5}(?:-[a-z2-9]{5}){3})");

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    FirstAdminBootstrap bootstrap;

    private BrowserlessUi ui;

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theFirstAdminSignsInWithTheLoggedPasswordAndMustReplaceItBeforeAnythingElse(CapturedOutput output) {
        var logged = ONE_TIME_PASSWORD.matcher(output.getOut());
        assertThat(logged.find()).as("the one-time password is in the log").isTrue();
        String oneTimePassword = logged.group(1);

        var admin = accounts.findByUsername(FirstAdminBootstrap.ADMIN).orElseThrow();
        assertThat(admin.passwordChangeRequired()).isTrue();
        assertThat(passwordEncoder.matches(oneTimePassword, admin.password().value())).isTrue();

        ui = new BrowserlessUi(context);
        ui.open();
        ui.signInAs("admin");
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.PASSWORD_CHANGE_REQUIRED);

        assertThatThrownBy(() -> ui.navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(AccountsView.class)).isEmpty();

        ui.navigate("");
        _get(ChangePasswordView.class);
        _get(PasswordField.class, spec -> spec.withLabel("Temporary password")).setValue(oneTimePassword);
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("my own long passphrase");
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue("my own long passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        _get(AccountsView.class);
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly("ROLE_ADMIN");
        var changed = accounts.findByUsername(FirstAdminBootstrap.ADMIN).orElseThrow();
        assertThat(changed.passwordChangeRequired()).isFalse();
        assertThat(passwordEncoder.matches("my own long passphrase", changed.password().value())).isTrue();
    }

    @Test
    void laterStartsLeaveTheExistingAdminAlone(CapturedOutput output) throws Exception {
        var before = accounts.findByUsername(FirstAdminBootstrap.ADMIN).orElseThrow();
        int loggedBefore = output.getOut().split("one-time password", -1).length;

        bootstrap.run(null);

        assertThat(accounts.findByUsername(FirstAdminBootstrap.ADMIN)).contains(before);
        assertThat(output.getOut().split("one-time password", -1).length).isEqualTo(loggedBefore);
    }
}
