package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottlingTest {

    private static final Instant LAST = Instant.parse("2026-03-02T09:00:00Z");
    private final SignInThrottling rule = SignInThrottling.PER_USERNAME;

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(rule.refusedUntil(FailedSignIns.NONE, LAST)).isEmpty();
        assertThat(rule.refusedUntil(new FailedSignIns(4, LAST), LAST)).isEmpty();
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsTwiceAsLong() {
        assertThat(rule.refusedUntil(new FailedSignIns(5, LAST), LAST)).contains(LAST.plusSeconds(1));
        assertThat(rule.refusedUntil(new FailedSignIns(6, LAST), LAST)).contains(LAST.plusSeconds(2));
        assertThat(rule.refusedUntil(new FailedSignIns(9, LAST), LAST)).contains(LAST.plusSeconds(16));
        assertThat(rule.refusedUntil(new FailedSignIns(9, LAST), LAST.plusSeconds(16))).isEmpty();
        assertThat(rule.isLocked(new FailedSignIns(9, LAST), LAST)).isFalse();
    }

    @Test
    void theTenthFailureLocksForFifteenMinutesAndTheLockEndsOnItsOwn() {
        var ten = new FailedSignIns(10, LAST);

        assertThat(rule.refusedUntil(ten, LAST.plusSeconds(60))).contains(LAST.plus(Duration.ofMinutes(15)));
        assertThat(rule.isLocked(ten, LAST.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(rule.isLocked(ten, LAST.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(rule.refusedUntil(ten, LAST.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresOlderThanTheLockAreForgotten() {
        var many = new FailedSignIns(50, LAST);
        var later = LAST.plus(Duration.ofMinutes(16));

        assertThat(rule.refusedUntil(many, later)).isEmpty();
        assertThat(rule.forgetBefore(later)).isAfter(LAST);
    }

    @Test
    void theAddressRuleAllowsAClinicSharingOneAddressMoreFailuresButNeverWaitsLongerThanTheLock() {
        var address = SignInThrottling.PER_ADDRESS;
        assertThat(address.refusedUntil(new FailedSignIns(29, LAST), LAST)).isEmpty();
        assertThat(address.refusedUntil(new FailedSignIns(30, LAST), LAST)).contains(LAST.plusSeconds(1));
        assertThat(address.refusedUntil(new FailedSignIns(39, LAST), LAST))
                .hasValueSatisfying(until -> assertThat(until).isBefore(LAST.plus(Duration.ofMinutes(15))));
        assertThat(address.refusedUntil(new FailedSignIns(40, LAST), LAST)).contains(LAST.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSubjectIsTheDigestOfTheUsernameWhateverItsCase() {
        assertThat(SignInSubject.username(" Ana.Gomez")).isEqualTo(SignInSubject.username("ana.gomez"));
        assertThat(SignInSubject.username("ana.gomez").digest()).hasSize(64).doesNotContain("ana");
        assertThat(SignInSubject.address("ana.gomez")).isNotEqualTo(SignInSubject.username("ana.gomez"));
    }
}
