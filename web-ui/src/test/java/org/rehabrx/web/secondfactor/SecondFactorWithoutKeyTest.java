package org.rehabrx.web.secondfactor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.web.secondfactor.SecondFactorRefusedException.Reason;
import org.rehabrx.web.secondfactor.ui.SecondFactorReminder;
import org.rehabrx.web.shared.ui.QrCode;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.html.Paragraph;

/** Without rehabrx.security.secret-key and outside the demo, RehabRx starts and says why there is no second factor. */
@SpringBootTest(properties = "rehabrx.test.context=no-secret-key")
@WithTestDatabase
class SecondFactorWithoutKeyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SecondFactorService service;
    @Autowired
    Accounts accounts;

    private BrowserlessUi ui;

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void anAdminIsToldWhichKeyToSetAndNothingCanBeEnrolled() {
        var admin = accounts.save(Account.open(new Username("nokey." + UUID.randomUUID().toString().substring(0, 8)),
                "Admin Without Key", Role.ADMIN, new EncodedPassword("{noop}a long enough password")));
        ui = new BrowserlessUi(context);
        ui.open();
        ui.signInAs(admin.username().value());

        assertThat(service.status()).isEqualTo(SecondFactorStatus.UNAVAILABLE);
        assertThat(service.isRecommended()).isFalse();
        assertThatExceptionOfType(SecondFactorRefusedException.class)
                .isThrownBy(() -> service.startEnrolment())
                .extracting(SecondFactorRefusedException::reason).isEqualTo(Reason.UNAVAILABLE);

        ui.navigate("account/second-factor");

        assertThat(_get(Paragraph.class).getText()).contains("REHABRX_SECURITY_SECRET_KEY", "openssl rand -base64 32");
        assertThat(_find(QrCode.class)).isEmpty();
        assertThat(_find(SecondFactorReminder.class)).isEmpty();
    }
}
