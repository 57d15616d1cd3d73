package org.rehabrx.web.secondfactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.secondfactor.SecondFactor;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.core.secondfactor.Totp;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.db.secondfactor.SecretCipher;
import org.rehabrx.db.secondfactor.SecretUnreadableException;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.secondfactor.SecondFactorRefusedException.Reason;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinicians and admins set up, and remove, an authenticator app for their own account; nobody else's can
 * be touched here. At sign-in, an account with a second factor gives its code here before it holds its role.
 */
@Service
public class SecondFactorService {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorService.class);
    private static final String ENROLLING_ROLES = "hasAnyRole('CLINICIAN', 'ADMIN')";

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final SecretCipher cipher;
    private final SignedInAccount signedIn;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactors secondFactors, Accounts accounts, SecretCipher cipher, SignedInAccount signedIn,
                        Clock clock, @Value("${rehabrx.clinic.name:RehabRx}") String issuer) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.cipher = cipher;
        this.signedIn = signedIn;
        this.clock = clock;
        this.issuer = issuer;
    }

    @PreAuthorize(ENROLLING_ROLES)
    public SecondFactorStatus status() {
        if (!cipher.isAvailable()) {
            return SecondFactorStatus.UNAVAILABLE;
        }
        return secondFactors.isEnrolled(signedIn.require().accountId())
                ? SecondFactorStatus.ENROLLED : SecondFactorStatus.NOT_ENROLLED;
    }

    /** Whether to suggest a second factor to the signed-in person: a clinician or admin who could have one. */
    @PreAuthorize("isAuthenticated()")
    public boolean isRecommended() {
        var principal = signedIn.require();
        boolean mayEnrol = principal.role() == Role.CLINICIAN || principal.role() == Role.ADMIN;
        return mayEnrol && !principal.secondFactorPending() && !principal.passwordChangeRequired()
                && cipher.isAvailable() && !secondFactors.isEnrolled(principal.accountId());
    }

    /**
     * A new secret for the signed-in account's authenticator app. Nothing is stored until
     * {@link #confirmEnrolment} receives a code from the app.
     */
    @PreAuthorize(ENROLLING_ROLES)
    public SecondFactorEnrolment startEnrolment() {
        if (!cipher.isAvailable()) {
            throw new SecondFactorRefusedException(Reason.UNAVAILABLE);
        }
        AccountPrincipal principal = signedIn.require();
        if (secondFactors.isEnrolled(principal.accountId())) {
            throw new SecondFactorRefusedException(Reason.ALREADY_ENROLLED);
        }
        var secret = TotpSecret.generate(random);
        return new SecondFactorEnrolment(principal.accountId(), secret,
                Totp.provisioningUri(secret, issuer, principal.getUsername()), secret.forManualEntry());
    }

    /** @throws SecondFactorRefusedException when the code is not the app's current one */
    @Transactional
    @PreAuthorize(ENROLLING_ROLES)
    @Audited(AuditAction.SECOND_FACTOR_ENROLLED)
    public void confirmEnrolment(SecondFactorEnrolment enrolment, String code) {
        AccountId account = signedIn.require().accountId();
        if (!enrolment.account().equals(account)) {
            throw new IllegalArgumentException("An enrolment belongs to the account that started it.");
        }
        if (secondFactors.isEnrolled(account)) {
            throw new SecondFactorRefusedException(Reason.ALREADY_ENROLLED);
        }
        SecondFactor enrolled;
        try {
            enrolled = SecondFactor.enrol(account, enrolment.secret(), code, now());
        } catch (IllegalArgumentException wrongCode) {
            throw new SecondFactorRefusedException(Reason.WRONG_CODE);
        }
        secondFactors.save(enrolled);
    }

    /**
     * Removes the signed-in account's second factor; a current code proves that whoever asks holds the app.
     * A wrong code counts against the next sign-in's tries like any other.
     *
     * @throws SecondFactorRefusedException when the code is wrong or there is nothing to remove
     */
    @Transactional(noRollbackFor = SecondFactorRefusedException.class)
    @PreAuthorize(ENROLLING_ROLES)
    @Audited(AuditAction.SECOND_FACTOR_REMOVED)
    public void remove(String code) {
        var check = ownSecondFactor().check(code, now());
        if (!check.accepted()) {
            secondFactors.save(check.next());
            throw new SecondFactorRefusedException(Reason.WRONG_CODE);
        }
        secondFactors.remove(check.next());
    }

    /**
     * The code step of the sign-in. A right code gives the account its role under a new session id; a
     * wrong or reused one is refused, and after {@link SecondFactor#CHECKS_PER_SIGN_IN} of them in a row
     * the sign-in is ended, so that the password must be given again.
     *
     * @throws SecondFactorCodeRejectedException when the code is wrong or was used before
     * @throws SecondFactorRefusedException when the secret cannot be read (no key, or another key)
     */
    @Transactional(noRollbackFor = SecondFactorCodeRejectedException.class)
    @PreAuthorize("hasAuthority('SECOND_FACTOR_REQUIRED')")
    @Audited(AuditAction.SECOND_FACTOR_CHECKED)
    public void verifySignIn(String code) {
        Account account = accounts.findById(signedIn.require().accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists or is disabled"));
        var check = ownSecondFactor().check(code, now());
        var stored = secondFactors.save(check.next());
        if (check.accepted()) {
            signedIn.passedSecondFactor(account);
            return;
        }
        if (stored.signInUsedUp()) {
            signedIn.signOut();
            throw new SecondFactorCodeRejectedException(0);
        }
        throw new SecondFactorCodeRejectedException(stored.checksLeftInSignIn());
    }

    private SecondFactor ownSecondFactor() {
        if (!cipher.isAvailable()) {
            throw new SecondFactorRefusedException(Reason.UNAVAILABLE);
        }
        try {
            return secondFactors.findByAccount(signedIn.require().accountId())
                    .orElseThrow(() -> new SecondFactorRefusedException(Reason.NOT_ENROLLED));
        } catch (SecretUnreadableException otherKey) {
            LOG.error("A stored second-factor secret does not decrypt: rehabrx.security.secret-key is not the key "
                    + "it was encrypted with, or the row was altered.");
            throw new SecondFactorRefusedException(Reason.UNAVAILABLE);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
