package org.rehabrx.db.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.FailedSignIns;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSignInFailuresTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(1));

    private static DataSource dataSource;
    private final JdbcSignInFailures failures = new JdbcSignInFailures(JdbcClient.create(dataSource));

    @BeforeAll
    static void migrate() {
        dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
    }

    @Test
    void aSubjectWithoutFailuresHasNone() {
        assertThat(failures.of(SignInSubject.username("never.failed"))).isEqualTo(FailedSignIns.NONE);
    }

    @Test
    void failuresAreCountedPerSubjectWithTheTimeOfTheLast() {
        var username = SignInSubject.username("ana.gomez");
        var address = SignInSubject.address("192.0.2.7");

        failures.add(username, NOW, LONG_AGO);
        failures.add(username, NOW.plusSeconds(5), LONG_AGO);
        failures.add(address, NOW, LONG_AGO);

        assertThat(failures.of(username)).isEqualTo(new FailedSignIns(2, NOW.plusSeconds(5)));
        assertThat(failures.of(address)).isEqualTo(new FailedSignIns(1, NOW));
        assertThat(failures.of(SignInSubject.username("Ana.Gomez "))).isEqualTo(failures.of(username));
    }

    @Test
    void thoseOfAPageOfUsernamesAreReadAtOnceAndTheAbsentOnesLeftOut() {
        var twice = SignInSubject.username("page.twice");
        var once = SignInSubject.username("page.once");
        var never = SignInSubject.username("page.never");
        failures.add(twice, NOW, LONG_AGO);
        failures.add(twice, NOW.plusSeconds(1), LONG_AGO);
        failures.add(once, NOW, LONG_AGO);
        failures.add(SignInSubject.address("192.0.2.99"), NOW, LONG_AGO);

        assertThat(failures.of(SignInSubject.Kind.USERNAME, List.of(twice, once, never))).isEqualTo(Map.of(
                twice, new FailedSignIns(2, NOW.plusSeconds(1)),
                once, new FailedSignIns(1, NOW)));
        assertThatIllegalArgumentException().isThrownBy(() -> failures.of(SignInSubject.Kind.ADDRESS, List.of(once)));
    }

    @Test
    void theCountStartsAgainWhenTheLastFailureIsOlderThanTheForgettingPoint() {
        var username = SignInSubject.username("old.failures");
        failures.add(username, NOW, LONG_AGO);
        failures.add(username, NOW, LONG_AGO);

        var muchLater = NOW.plus(Duration.ofHours(2));
        failures.add(username, muchLater, muchLater.minus(Duration.ofMinutes(15)));

        assertThat(failures.of(username)).isEqualTo(new FailedSignIns(1, muchLater));
    }

    @Test
    void aForgottenSubjectHasNoFailuresLeft() {
        var username = SignInSubject.username("signed.in.again");
        var other = SignInSubject.username("still.failing");
        failures.add(username, NOW, LONG_AGO);
        failures.add(other, NOW, LONG_AGO);

        failures.forget(username);

        assertThat(failures.of(username)).isEqualTo(FailedSignIns.NONE);
        assertThat(failures.of(other).count()).isEqualTo(1);
    }

    @Test
    void oldFailuresAreDroppedAndRecentOnesKept() {
        var old = SignInSubject.username("failed.last.year");
        var recent = SignInSubject.username("failed.just.now");
        failures.add(old, LONG_AGO, LONG_AGO);
        failures.add(recent, NOW, LONG_AGO);

        failures.forgetAllBefore(NOW.minusSeconds(60));

        assertThat(failures.of(old)).isEqualTo(FailedSignIns.NONE);
        assertThat(failures.of(recent).count()).isEqualTo(1);
    }

    @Test
    void onlyDigestsAreStored() {
        var subject = SignInSubject.username("visible.name");
        failures.add(subject, NOW, LONG_AGO);

        var stored = JdbcClient.create(dataSource).sql("SELECT subject_digest FROM sign_in_failure")
                .query(String.class).list();
        assertThat(stored).contains(subject.digest()).allMatch(digest -> digest.matches("[0-9a-f]{64}"));
    }
}
