package org.rehabrx.web.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.testing.UserInput.enter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Activation;
import org.rehabrx.core.account.ActivationCode;
import org.rehabrx.core.account.Activations;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.account.SignInThrottling;
import org.rehabrx.core.account.Username;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.AccountSummary;
import org.rehabrx.web.shared.ui.QrCode;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The admin's account screens and the owner's activation page, as people use them (Karibu, no browser). */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AccountAdministrationViewsTest {

    private static final String CHOSEN = "three tall trees by the lake";

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    Activations activations;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    SignInFailures signInFailures;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void createShowTheCodeOnceActivateAndSignInWithTheChosenPassword() {
        String username = "karibu." + Long.toString(System.nanoTime(), 36);
        ui.signInAs("demo.admin");
        ui.navigate("admin/accounts");

        _click(_get(Button.class, spec -> spec.withText("New account")));
        var dialog = _get(NewAccountDialog.class);
        enter(dialog.username, username.toUpperCase());
        enter(dialog.name, "Karla Karibu");
        enter(dialog.role, Role.CLINICIAN);
        _click(dialog.create);

        var shown = _get(ActivationDialog.class);
        assertThat(shown.username.getText()).isEqualTo(username);
        String code = shown.code.getText();
        assertThat(code).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(shown.link.getText()).endsWith("/activate#" + code);
        assertThat(_find(shown, QrCode.class)).hasSize(1);
        _get(shown, Button.class, spec -> spec.withText("Print"));
        _click(_get(shown, Button.class, spec -> spec.withText("Close")));
        assertThat(_find(ActivationDialog.class)).isEmpty();
        assertThat(statusOf(username)).isEqualTo("Awaiting activation");

        ui.close();
        ui.open();
        ui.navigate("activate");
        var page = _get(ActivateView.class);
        enter(page.code, code.toLowerCase().replace('-', ' '));
        _click(page.proceed);
        assertThat(page.username.getText()).isEqualTo("You will sign in as " + username + ".");
        enter(page.password, "short");
        enter(page.repeated, "short");
        _click(page.activate);
        assertThat(page.password.isInvalid()).isTrue();
        assertThat(page.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(page.password.getValue()).isEqualTo("short");
        enter(page.password, CHOSEN);
        enter(page.repeated, CHOSEN);
        _click(page.activate);
        assertThat(page.done.isVisible()).isTrue();

        assertThat(signIn(username, CHOSEN).isAuthenticated()).isTrue();
        org.assertj.core.api.Assertions.assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> signIn(username, "not the chosen password"));
    }

    @Test
    void theSignInPageLeadsANewAccountToItsActivation() {
        ui.navigate("login");

        var activate = _get(Anchor.class, spec -> spec.withText("New account? Activate it with the code from your clinic"));
        assertThat(activate.getHref()).isEqualTo("activate");
        ui.navigate(activate.getHref());
        _get(ActivateView.class);
    }

    @Test
    void anAccountAwaitingActivationCannotSignInAtAll() {
        var issued = asAdmin(() -> administration.create("waiting." + Long.toString(System.nanoTime(), 36),
                "Still Waiting", Role.PATIENT));

        org.assertj.core.api.Assertions.assertThatExceptionOfType(DisabledException.class)
                .isThrownBy(() -> signIn(issued.account().username(), ""));
    }

    @Test
    void anExpiredCodeGivesItsReasonAndNothingElse() {
        var account = asAdmin(() -> administration.create("expired." + Long.toString(System.nanoTime(), 36),
                "Expired Code", Role.CLINICIAN)).account();
        var code = ActivationCode.random();
        activations.add(Activation.issue(account.id(), code, clock.instant().minus(Duration.ofHours(73)),
                Duration.ofHours(72)));

        ui.navigate("activate");
        var page = _get(ActivateView.class);
        enter(page.code, code.grouped());
        _click(page.proceed);

        assertThat(page.refusal.isVisible()).isTrue();
        assertThat(page.refusal.getText()).isEqualTo("This activation code has expired. Ask the clinic for a new one.");
        assertThat(page.choosing.isVisible()).isFalse();
        assertThat(page.username.getText()).isEmpty();
    }

    @Test
    void aCodeInTheLinksFragmentIsTakenFromItAndChecked() throws Exception {
        var issued = asAdmin(() -> administration.create("linked." + Long.toString(System.nanoTime(), 36),
                "Linked Person", Role.PATIENT));

        ui.navigate("activate");
        var page = _get(ActivateView.class);
        page.codeFromLink(URI.create("https://clinic.example/activate#" + issued.code()).toURL());

        assertThat(page.choosing.isVisible()).isTrue();
        assertThat(page.username.getText()).contains(issued.account().username());
    }

    @Test
    void somethingThatIsNotACodeIsMarkedOnTheFieldInSpanishToo() {
        ui.navigate("activate");
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.rehabrx.web.shared.Translations.SPANISH);
        var page = _get(ActivateView.class);
        enter(page.code, "ABCD");
        _click(page.proceed);

        assertThat(page.code.isInvalid()).isTrue();
        assertThat(page.code.getErrorMessage())
                .isEqualTo("Un código de activación tiene 28 letras y cifras; compruebe lo que ha escrito.");
    }

    @Test
    void anAccountLockedByFailedSignInsIsShownLockedAndTheAdminCanUnlockIt() {
        String username = "locked.view." + Long.toString(System.nanoTime(), 36);
        asAdmin(() -> administration.create(username, "Locked Out", Role.CLINICIAN));
        var subject = SignInSubject.username(new Username(username));
        for (int failure = 0; failure < SignInThrottling.PER_USERNAME.lockAfter(); failure++) {
            signInFailures.add(subject, clock.instant(), SignInThrottling.PER_USERNAME.forgetBefore(clock.instant()));
        }
        ui.signInAs("demo.admin");
        ui.navigate("admin/accounts");
        assertThat(statusOf(username)).isEqualTo("Locked (failed sign-ins)");

        _click(action(username, "Unlock"));

        assertThat(statusOf(username)).isEqualTo("Awaiting activation");
        assertThat(notifications()).anyMatch(text -> text.contains("Locked Out can sign in again"));
        assertThat(signInFailures.of(subject).count()).isZero();
    }

    @Test
    void disablingAsksFirstThenTheAccountIsShownDisabled() {
        String username = "todisable." + Long.toString(System.nanoTime(), 36);
        asAdmin(() -> administration.create(username, "To Disable", Role.CLINICIAN));
        ui.signInAs("demo.admin");
        ui.navigate("admin/accounts");

        _click(action(username, "Disable"));
        var confirmation = _get(ConfirmationDialog.class);
        _click(_get(confirmation, Button.class, spec -> spec.withText("Disable")));

        assertThat(statusOf(username)).isEqualTo("Disabled");
        assertThat(notifications()).anyMatch(text -> text.contains("To Disable is disabled"));
        assertThat(accounts.findByUsername(new Username(username)).orElseThrow().status())
                .isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void aChangeBasedOnAStaleRowSaysSomeoneElseChangedItAndShowsTheCurrentState() {
        String username = "stale.view." + Long.toString(System.nanoTime(), 36);
        var created = asAdmin(() -> administration.create(username, "Stale Row", Role.CLINICIAN)).account();
        ui.signInAs("demo.admin");
        ui.navigate("admin/accounts");
        var disableOnOldRow = action(username, "Disable");
        administration.rename(created.id(), created.version(), "Renamed Elsewhere");

        _click(disableOnOldRow);
        _click(_get(_get(ConfirmationDialog.class), Button.class, spec -> spec.withText("Disable")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("Someone else changed this account"));
        assertThat(accounts.findByUsername(new Username(username)).orElseThrow().enabled()).isTrue();
        assertThat(row(username).displayName()).isEqualTo("Renamed Elsewhere");
    }

    @Test
    void renamingKeepsWhatWasTypedWhenItIsRefused() {
        String username = "rename.view." + Long.toString(System.nanoTime(), 36);
        asAdmin(() -> administration.create(username, "Old Name", Role.ADMIN));
        ui.signInAs("demo.admin");
        ui.navigate("admin/accounts");

        _click(action(username, "Edit name"));
        var dialog = _get(RenameDialog.class);
        enter(dialog.name, "x".repeat(201));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.name.getErrorMessage()).isEqualTo("A name has at most 200 characters.");
        assertThat(dialog.name.getValue()).hasSize(201);

        enter(dialog.name, "New Name");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(row(username).displayName()).isEqualTo("New Name");
    }

    @Test
    void theAccountScreensAreForAdminsOnly() {
        ui.signInAs("demo.clinician");

        assertThat(BrowserlessUi.navigationLabels()).doesNotContain("Accounts", "Active sessions", "Care teams");
        for (var route : List.of("admin/accounts", "admin/sessions", "admin/care-teams")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ui.navigate(route)).as(route)
                    .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        }
        assertThat(_find(SessionsView.class)).isEmpty();
        assertThat(_find(CareTeamsView.class)).isEmpty();
    }

    @Test
    void anAdminFindsAPatientByReferenceAndSeesOnlyReferenceNameAndTeam() {
        ui.signInAs("demo.admin");
        ui.navigate("admin/care-teams");
        var view = _get(CareTeamsView.class);

        enter(view.reference, "nobody-here");
        _click(_get(view, Button.class, spec -> spec.withText("Find patient")));
        assertThat(view.reference.getErrorMessage()).isEqualTo("No patient has this reference.");

        enter(view.reference, "demo-0001");
        _click(_get(view, Button.class, spec -> spec.withText("Find patient")));
        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).contains("DEMO-0001 · Maria Rossi (demo patient)", "Priya Shah (demo clinician)",
                "Maria Rossi (demo patient) (demo.patient)");
        assertThat(shown).doesNotContainIgnoringCase("metatarsal").doesNotContainIgnoringCase("programme");
        assertThat(BrowserlessUi.navigationLabels()).contains("Accounts", "Active sessions", "Care teams");
    }

    @Test
    void removingTheLastClinicianIsRefusedWithTheReasonAndTheTeamStays() {
        ui.signInAs("demo.admin");
        ui.navigate("admin/care-teams");
        var view = _get(CareTeamsView.class);
        enter(view.reference, "DEMO-0002");
        _click(_get(view, Button.class, spec -> spec.withText("Find patient")));
        var removeButtons = _find(view.result, Button.class, spec -> spec.withText("Remove"));
        assertThat(removeButtons).hasSize(1);

        _click(removeButtons.getFirst());

        assertThat(notifications()).anyMatch(text -> text.contains("The last clinician cannot leave the care team"));
        assertThat(view.result.getElement().getTextRecursively()).contains("Tom Becker (demo clinician)");
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        SignedInAs.account(context, "demo.admin");
        try {
            return action.get();
        } finally {
            SignedInAs.nobody();
        }
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<AccountSummary> grid() {
        return _get(AccountsView.class).grid;
    }

    private List<AccountSummary> rows() {
        return GridKt._findAll(grid());
    }

    private AccountSummary row(String username) {
        return rows().stream().filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }

    private String statusOf(String username) {
        var cell = GridKt._getCellComponent(grid(), rows().indexOf(row(username)), "status");
        return cell.getElement().getTextRecursively();
    }

    private Button action(String username, String label) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(grid(), rows().indexOf(row(username)), "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(AccountAdministrationViewsTest::textOf).toList();
    }

    private static String textOf(Notification notification) {
        return notification.getElement().getProperty("text", "")
                + notification.getChildren().map(Component::getElement)
                .map(com.vaadin.flow.dom.Element::getTextRecursively).collect(Collectors.joining());
    }
}
