package org.rehabrx.core.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;

class SecondFactorTest {

    private final TotpSecret secret = TotpSecret.generate(new SecureRandom());
    private final Instant enrolment = Instant.parse("2026-03-02T09:00:10Z");
    private final long enrolmentStep = Totp.stepAt(enrolment);

    @Test
    void enrolmentNeedsTheAppsCurrentCodeAndUsesItUp() {
        var enrolled = SecondFactor.enrol(AccountId.newId(), secret, Totp.codeAt(secret, enrolmentStep), enrolment);

        assertThat(enrolled.lastUsedStep()).hasValue(enrolmentStep);
        assertThat(enrolled.isNew()).isTrue();
        assertThat(enrolled.check(Totp.codeAt(secret, enrolmentStep), enrolment).accepted())
                .as("the enrolment code cannot sign in").isFalse();
    }

    @Test
    void enrolmentWithAWrongCodeIsRefused() {
        String wrong = Totp.codeAt(secret, enrolmentStep + 5);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecondFactor.enrol(AccountId.newId(), secret, wrong, enrolment));
    }

    @Test
    void aFreshCodeIsAcceptedAndRemembersItsStep() {
        var enrolled = enrolled();
        var later = enrolment.plusSeconds(95);

        var check = enrolled.check(Totp.codeAt(secret, Totp.stepAt(later)), later);

        assertThat(check.accepted()).isTrue();
        assertThat(check.next().lastUsedStep()).hasValue(Totp.stepAt(later));
    }

    @Test
    void aCodeWhoseStepIsNotAfterTheLastUsedOneIsRefusedAsAReplay() {
        var later = enrolment.plusSeconds(95);
        var used = enrolled().check(Totp.codeAt(secret, Totp.stepAt(later)), later).next();

        var replay = used.check(Totp.codeAt(secret, Totp.stepAt(later)), later.plusSeconds(10));
        var older = used.check(Totp.codeAt(secret, Totp.stepAt(later) - 1), later);

        assertThat(replay.accepted()).isFalse();
        assertThat(older.accepted()).as("the previous step is within tolerance but already behind").isFalse();
        assertThat(replay.next().failedChecks()).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesInARowUseUpASignInAndAnAcceptedCodeResetsTheCount() {
        var state = enrolled();
        var later = enrolment.plusSeconds(300);
        String wrong = Totp.codeAt(secret, Totp.stepAt(later) + 7);
        for (int i = 1; i < SecondFactor.CHECKS_PER_SIGN_IN; i++) {
            state = state.check(wrong, later).next();
            assertThat(state.signInUsedUp()).isFalse();
            assertThat(state.checksLeftInSignIn()).isEqualTo(SecondFactor.CHECKS_PER_SIGN_IN - i);
        }
        state = state.check(wrong, later).next();

        assertThat(state.signInUsedUp()).isTrue();
        assertThat(state.checksLeftInSignIn()).as("the next sign-in starts afresh").isEqualTo(5);
        var accepted = state.check(Totp.codeAt(secret, Totp.stepAt(later)), later);
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.next().failedChecks()).isZero();
    }

    private SecondFactor enrolled() {
        return SecondFactor.enrol(AccountId.newId(), secret, Totp.codeAt(secret, enrolmentStep), enrolment);
    }
}
