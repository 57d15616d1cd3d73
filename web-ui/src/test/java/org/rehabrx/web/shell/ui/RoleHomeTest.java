package org.rehabrx.web.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.web.account.ui.AccountsView;
import org.rehabrx.web.caseload.ui.MyPatientsView;
import org.rehabrx.web.portal.ui.MyProgrammeView;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Each role lands on its own home and is offered only what it may open. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class RoleHomeTest {

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void aClinicianLandsOnTheirPatientsAndIsNotOfferedAccountAdministration() {
        ui.signInAs("demo.clinician");

        ui.navigate("");

        _get(MyPatientsView.class);
        assertThat(BrowserlessUi.navigationLabels()).containsExactly("My patients", "Progression review", "Exercise library", "Change password",
                "Two-step sign-in");
    }

    @Test
    void aClinicianCannotOpenTheAdminViewByItsAddress() {
        ui.signInAs("demo.clinician");

        assertThatThrownBy(() -> ui.navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(AccountsView.class)).isEmpty();
    }

    @Test
    void anAdminLandsOnTheAccountsAndSeesNoClinicalScreens() {
        ui.signInAs("demo.admin");

        ui.navigate("");

        _get(AccountsView.class);
        assertThat(BrowserlessUi.navigationLabels())
                .containsExactly("Accounts", "Active sessions", "Care teams", "Audit trail", "Change password",
                        "Two-step sign-in");
    }

    @Test
    void aPatientLandsOnTheirProgrammeAndCannotOpenThePatientList() {
        ui.signInAs("demo.patient");

        ui.navigate("");
        _get(MyProgrammeView.class);

        assertThatThrownBy(() -> ui.navigate("patients")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(MyPatientsView.class)).isEmpty();
    }
}
