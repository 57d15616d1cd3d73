package org.rehabrx.web.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.secondfactor.SecondFactor;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.web.account.PasswordChangeService;
import org.rehabrx.web.caseload.CaseloadService;
import org.rehabrx.web.secondfactor.SecondFactorRefusedException.Reason;
import org.rehabrx.web.security.Authorities;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Enrolment, removal and the sign-in check, called on the service as any screen would. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class SecondFactorServiceTest {

    private static final String PASSWORD = "{noop}a long enough password";

    @Autowired
    ApplicationContext context;
    @Autowired
    SecondFactorService service;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    Accounts accounts;
    @Autowired
    CaseloadService caseload;
    @Autowired
    PasswordChangeService passwordChange;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aClinicianEnrolsWithTheCodeTheAppShowsForTheNewKey() {
        var clinician = newAccount(Role.CLINICIAN);
        SignedInAs.account(context, clinician.username().value());
        assertThat(service.status()).isEqualTo(SecondFactorStatus.NOT_ENROLLED);
        assertThat(service.isRecommended()).isTrue();

        var enrolment = service.startEnrolment();
        var app = new AuthenticatorApp(enrolment.secret(), clock);

        assertThat(enrolment.provisioningUri())
                .startsWith("otpauth://totp/RehabRx:" + clinician.username().value() + "?secret=")
                .contains(enrolment.secret().base32());
        assertThat(enrolment.manualKey()).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        assertThat(service.status()).as("nothing is stored before the code").isEqualTo(SecondFactorStatus.NOT_ENROLLED);

        assertThatExceptionOfType(SecondFactorRefusedException.class)
                .isThrownBy(() -> service.confirmEnrolment(enrolment, app.wrongCode()))
                .extracting(SecondFactorRefusedException::reason).isEqualTo(Reason.WRONG_CODE);
        assertThat(secondFactors.isEnrolled(clinician.id())).isFalse();

        service.confirmEnrolment(enrolment, app.nextCode());

        assertThat(service.status()).isEqualTo(SecondFactorStatus.ENROLLED);
        assertThat(service.isRecommended()).isFalse();
        assertThat(secondFactors.findByAccount(clinician.id()).orElseThrow().secret()).isEqualTo(enrolment.secret());
        assertThatExceptionOfType(SecondFactorRefusedException.class)
                .isThrownBy(() -> service.startEnrolment())
                .extracting(SecondFactorRefusedException::reason).isEqualTo(Reason.ALREADY_ENROLLED);
    }

    @Test
    void anAdminMayEnrolToo() {
        var admin = newAccount(Role.ADMIN);
        SignedInAs.account(context, admin.username().value());

        var enrolment = service.startEnrolment();
        service.confirmEnrolment(enrolment, new AuthenticatorApp(enrolment.secret(), clock).nextCode());

        assertThat(secondFactors.isEnrolled(admin.id())).isTrue();
    }

    @Test
    void aPatientCannotHaveASecondFactor() {
        var patient = newAccount(Role.PATIENT);
        SignedInAs.account(context, patient.username().value());

        assertThatThrownBy(() -> service.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.startEnrolment()).isInstanceOf(AccessDeniedException.class);
        var someoneElses = new SecondFactorEnrolment(patient.id(), TotpSecret.generate(new SecureRandom()), "otpauth://x",
                "");
        assertThatThrownBy(() -> service.confirmEnrolment(someoneElses, "123456"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove("123456")).isInstanceOf(AccessDeniedException.class);
        assertThat(service.isRecommended()).isFalse();
        assertThat(secondFactors.isEnrolled(patient.id())).isFalse();
    }

    @Test
    void anEnrolmentCanOnlyBeConfirmedByTheAccountThatStartedIt() {
        var first = newAccount(Role.CLINICIAN);
        var second = newAccount(Role.CLINICIAN);
        SignedInAs.account(context, first.username().value());
        var enrolment = service.startEnrolment();

        SignedInAs.account(context, second.username().value());
        String code = new AuthenticatorApp(enrolment.secret(), clock).nextCode();

        assertThatThrownBy(() -> service.confirmEnrolment(enrolment, code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An enrolment belongs to the account that started it.");
        assertThat(secondFactors.isEnrolled(first.id())).isFalse();
        assertThat(secondFactors.isEnrolled(second.id())).isFalse();
    }

    @Test
    void removalNeedsACurrentCodeFromTheApp() {
        var clinician = newAccount(Role.CLINICIAN);
        var app = enrolledWithoutUsingACode(clinician);
        SignedInAs.account(context, clinician.username().value());
        // an enrolled account signs in at the code step first
        service.verifySignIn(app.nextCode());

        assertThatExceptionOfType(SecondFactorRefusedException.class)
                .isThrownBy(() -> service.remove(app.wrongCode()))
                .extracting(SecondFactorRefusedException::reason).isEqualTo(Reason.WRONG_CODE);
        assertThat(service.status()).isEqualTo(SecondFactorStatus.ENROLLED);
        assertThat(secondFactors.findByAccount(clinician.id()).orElseThrow().failedChecks())
                .as("the wrong code was counted").isEqualTo(1);

        service.remove(app.nextCode());

        assertThat(service.status()).isEqualTo(SecondFactorStatus.NOT_ENROLLED);
        assertThat(secondFactors.isEnrolled(clinician.id())).isFalse();
    }

    @Test
    void beforeItsCodeAnAccountWithASecondFactorHoldsNoRoleAndReachesNoService() {
        var clinician = newAccount(Role.CLINICIAN);
        var app = enrolledWithoutUsingACode(clinician);

        assertThat(userDetails.loadUserByUsername(clinician.username().value()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly(Authorities.SECOND_FACTOR_REQUIRED);
        SignedInAs.account(context, clinician.username().value());

        assertThatThrownBy(() -> caseload.firstPage(CaseloadFilter.ACTIVE_PATIENTS, List.of(), 25)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseload.hasPatients()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passwordChange.changeOwnPassword("a long enough password", "another long password"))
                .as("knowing the password is not enough to take it over").isInstanceOf(AccessDeniedException.class);

        service.verifySignIn(app.nextCode());

        assertThat(BrowserlessUi.currentAuthorities()).containsExactly("ROLE_CLINICIAN");
        assertThat(caseload.hasPatients()).isFalse();
        assertThatThrownBy(() -> service.verifySignIn(app.nextCode()))
                .as("the code step is over").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCodeIsAcceptedOnlyOnceEvenInANewSignIn() {
        var clinician = newAccount(Role.CLINICIAN);
        var app = enrolledWithoutUsingACode(clinician);
        String code = app.nextCode();
        SignedInAs.account(context, clinician.username().value());
        service.verifySignIn(code);

        SignedInAs.account(context, clinician.username().value());

        assertThatExceptionOfType(SecondFactorCodeRejectedException.class)
                .isThrownBy(() -> service.verifySignIn(code))
                .satisfies(rejected -> assertThat(rejected.checksLeft()).isEqualTo(4))
                .as("an authentication failure, which the audit trail records as refused")
                .isInstanceOf(AuthenticationException.class);
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.SECOND_FACTOR_REQUIRED);
    }

    @Test
    void aTemporaryPasswordIsReplacedOnlyAfterTheCode() {
        var clinician = accounts.save(Account.openWithTemporaryPassword(uniqueUsername(), "Temporary Tess",
                Role.CLINICIAN, new EncodedPassword(PASSWORD)));
        var app = enrolledWithoutUsingACode(clinician);
        SignedInAs.account(context, clinician.username().value());
        assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.SECOND_FACTOR_REQUIRED);

        service.verifySignIn(app.nextCode());

        assertThat(BrowserlessUi.currentAuthorities()).containsExactly(Authorities.PASSWORD_CHANGE_REQUIRED);
    }

    private AuthenticatorApp enrolledWithoutUsingACode(Account account) {
        var secret = TotpSecret.generate(new SecureRandom());
        secondFactors.save(new SecondFactor(account.id(), secret, clock.instant(), OptionalLong.empty(), 0, 0));
        return new AuthenticatorApp(secret, clock);
    }

    private Account newAccount(Role role) {
        return accounts.save(Account.open(uniqueUsername(), "Test " + role, role, new EncodedPassword(PASSWORD)));
    }

    private static Username uniqueUsername() {
        return new Username("second.factor." + UUID.randomUUID().toString().substring(0, 8));
    }
}
