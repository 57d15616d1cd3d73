package org.rehabrx.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.ActivationRefusedException;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.account.UsernameTakenException;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** What an admin does with accounts and care teams, through the application services, on a real database. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AccountAdministrationTest {

    private static final String CHOSEN = "a long walk by the quiet river";

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration administration;
    @Autowired
    CareTeamAdministration careTeams;
    @Autowired
    ActivationService activation;
    @Autowired
    Accounts accounts;
    @Autowired
    Patients patients;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    @BeforeEach
    void signInAsAdmin() {
        SignedInAs.account(context, "demo.admin");
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aNewAccountAwaitsItsOwnerWithACodeValidFor72Hours() {
        var issued = administration.create(unique("new.physio"), "New Physio", Role.CLINICIAN);

        assertThat(issued.account().status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
        assertThat(issued.code()).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(Duration.between(clock.instant(), issued.expiresAt()))
                .isBetween(Duration.ofHours(71), Duration.ofHours(72));
        var stored = accounts.findById(issued.account().id()).orElseThrow();
        assertThat(stored.password()).isNull();
        assertThat(stored.canSignIn()).isFalse();
    }

    @Test
    void theOwnerChoosesAPasswordWithTheCodeOnceAndOnlyOnce() {
        var issued = administration.create(unique("owner"), "Owner Person", Role.PATIENT);
        SignedInAs.nobody();

        assertThat(activation.check(issued.code().toLowerCase()).username()).isEqualTo(issued.account().username());
        activation.activate(issued.code(), CHOSEN);

        var stored = accounts.findById(issued.account().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(passwordEncoder.matches(CHOSEN, stored.password().value())).isTrue();
        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> activation.activate(issued.code(), "another long passphrase here"))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(ActivationRefusedException.Reason.USED));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheCodeStaysUsable() {
        var issued = administration.create(unique("weak"), "Weak Password", Role.CLINICIAN);
        SignedInAs.nobody();

        assertThatExceptionOfType(PasswordChangeRefusedException.class)
                .isThrownBy(() -> activation.activate(issued.code(), "short"))
                .withMessageContaining("at least 12 characters");

        activation.activate(issued.code(), CHOSEN);
        assertThat(accounts.findById(issued.account().id()).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void resettingAccessEndsThePasswordAndVoidsTheEarlierCode() {
        var issued = administration.create(unique("reset"), "Reset Me", Role.CLINICIAN);
        var current = administration.account(issued.account().id());

        var again = administration.resetAccess(current.id(), current.version());
        SignedInAs.nobody();

        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> activation.check(issued.code()))
                .satisfies(refused -> assertThat(refused.reason())
                        .isEqualTo(ActivationRefusedException.Reason.REPLACED));
        activation.activate(again.code(), CHOSEN);
        SignedInAs.account(context, "demo.admin");
        var active = administration.account(issued.account().id());
        assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);

        administration.resetAccess(active.id(), active.version());
        assertThat(accounts.findById(active.id()).orElseThrow().password()).isNull();
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndTheOtherAdminsChangeSurvives() {
        var account = administration.create(unique("stale"), "Stale Name", Role.CLINICIAN).account();
        administration.rename(account.id(), account.version(), "First Admin's Name");

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> administration.disable(account.id(), account.version()))
                .withMessageContaining("changed by someone else");
        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> administration.rename(account.id(), account.version(), "Second"));
        var stored = administration.account(account.id());
        assertThat(stored.displayName()).isEqualTo("First Admin's Name");
        assertThat(stored.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
    }

    @Test
    void aDisabledAccountCannotBeActivatedUntilEnabledAgain() {
        var issued = administration.create(unique("disabled"), "Disabled Person", Role.CLINICIAN);
        var disabled = administration.disable(issued.account().id(), issued.account().version());
        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        SignedInAs.nobody();

        assertThatIllegalStateException().isThrownBy(() -> activation.activate(issued.code(), CHOSEN))
                .withMessage("This account is disabled; ask the clinic to enable it first.");

        SignedInAs.account(context, "demo.admin");
        administration.enable(disabled.id(), disabled.version());
        SignedInAs.nobody();
        activation.activate(issued.code(), CHOSEN);
        assertThat(accounts.findById(disabled.id()).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void anAdminCannotDisableOrResetTheirOwnAccount() {
        var self = accounts.findByUsername(new Username("demo.admin")).orElseThrow();

        assertThatIllegalStateException().isThrownBy(() -> administration.disable(self.id(), self.version()))
                .withMessage("You cannot disable your own account.");
        assertThatIllegalStateException().isThrownBy(() -> administration.resetAccess(self.id(), self.version()))
                .withMessage("You cannot reset your own access; change your password instead.");
        assertThat(accounts.findById(self.id()).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void aTakenUsernameIsRefused() {
        assertThatExceptionOfType(UsernameTakenException.class)
                .isThrownBy(() -> administration.create("demo.clinician", "Someone Else", Role.CLINICIAN));
    }

    @Test
    void theListFiltersByTextRoleAndStatus() {
        String prefix = unique("lst");
        administration.create(prefix + ".a", "Listed Alpha", Role.CLINICIAN);
        var beta = administration.create(prefix + ".b", "Listed Beta", Role.PATIENT).account();
        administration.disable(beta.id(), beta.version());

        assertThat(administration.accounts(new AccountFilter(prefix, null, null), 0, 10))
                .extracting(AccountSummary::displayName).containsExactly("Listed Alpha", "Listed Beta");
        assertThat(administration.accounts(new AccountFilter(prefix, Role.PATIENT, null), 0, 10))
                .extracting(AccountSummary::displayName).containsExactly("Listed Beta");
        assertThat(administration.accounts(new AccountFilter(prefix, null, AccountStatus.AWAITING_ACTIVATION), 0, 10))
                .extracting(AccountSummary::displayName).containsExactly("Listed Alpha");
        assertThatIllegalArgumentException().isThrownBy(() -> administration.accounts(AccountFilter.everyone(), 0, 0));
    }

    @Test
    void careTeamsGainAndLoseCliniciansButNeverTheLastOne() {
        var maria = careTeams.findByReference("demo-0001").orElseThrow();
        assertThat(maria.name()).isEqualTo("Maria Rossi (demo patient)");
        var only = maria.careTeam().getFirst();
        var tom = accounts.findByUsername(new Username("demo.clinician2")).orElseThrow();

        var withTom = careTeams.addToCareTeam(maria.patient(), maria.version(), tom.id());
        assertThat(withTom.careTeam()).extracting(AccountSummary::username).contains("demo.clinician2");

        var withoutTom = careTeams.removeFromCareTeam(withTom.patient(), withTom.version(), tom.id());
        assertThat(withoutTom.careTeam()).containsExactly(only);
        assertThatIllegalStateException()
                .isThrownBy(() -> careTeams.removeFromCareTeam(withoutTom.patient(), withoutTom.version(), only.id()))
                .withMessageContaining("last clinician");
        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> careTeams.addToCareTeam(maria.patient(), maria.version(), tom.id()));
    }

    @Test
    void onlyClinicianAccountsJoinCareTeams() {
        var maria = careTeams.findByReference("DEMO-0001").orElseThrow();
        var patientLogin = accounts.findByUsername(new Username("demo.patient2")).orElseThrow();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> careTeams.addToCareTeam(maria.patient(), maria.version(), patientLogin.id()))
                .withMessage("Only a clinician account can join a care team.");
    }

    @Test
    void aPatientAccountIsLinkedToOneRecordAndCanBeUnlinked() {
        var maria = careTeams.findByReference("DEMO-0001").orElseThrow();
        var jonas = careTeams.findByReference("DEMO-0002").orElseThrow();
        var jonasLogin = jonas.account();
        assertThat(jonasLogin).isNotNull().extracting(AccountSummary::username).isEqualTo("demo.patient2");
        var login = administration.create(unique("pt"), "New Patient Login", Role.PATIENT).account();

        assertThatIllegalStateException()
                .isThrownBy(() -> careTeams.linkAccount(jonas.patient(), jonas.version(), maria.account().id()))
                .withMessage("This patient account is already linked to another patient record.");
        assertThatIllegalStateException()
                .isThrownBy(() -> careTeams.linkAccount(jonas.patient(), jonas.version(), login.id()))
                .withMessage("This patient record is already linked to another account.");

        var unlinked = careTeams.unlinkAccount(jonas.patient(), jonas.version());
        assertThat(unlinked.account()).isNull();
        var linked = careTeams.linkAccount(unlinked.patient(), unlinked.version(), login.id());
        assertThat(linked.account()).isNotNull().extracting(AccountSummary::id).isEqualTo(login.id());
        assertThat(patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow().account())
                .isEqualTo(login.id());

        // the demo patient gets their record back for the other tests of this context
        var restored = careTeams.linkAccount(jonas.patient(),
                careTeams.unlinkAccount(linked.patient(), linked.version()).version(), jonasLogin.id());
        assertThat(restored.account()).isEqualTo(jonasLogin);
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }
}
