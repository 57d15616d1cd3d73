package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.account.Username;
import org.rehabrx.web.account.AccountAdministration;
import org.rehabrx.web.account.SignInThrottle;
import org.rehabrx.web.testing.MovableClock;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.test.context.ActiveProfiles;

/** Failed sign-ins slow further attempts down and then lock them out for a while, seen over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@WithTestDatabase
@Import({MovableClock.Configuration.class, SignInThrottleOverHttpTest.FailureEvents.class})
class SignInThrottleOverHttpTest {

    private static final String SIGNED_IN = "/";
    private static final String REFUSED = "/login?error";

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AccountAdministration administration;
    @Autowired
    SignInFailures failures;
    @Autowired
    Accounts accounts;
    @Autowired
    FailureEvents events;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void noFailuresYet() {
        jdbc.sql("DELETE FROM sign_in_failure").update();
        events.seen.clear();
    }

    @AfterEach
    void signOutOfMethodSecurity() {
        SignedInAs.nobody();
    }

    @Test
    void fourFailuresCostNothing() throws Exception {
        fail("demo.clinician", 4);

        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);
    }

    @Test
    void afterFiveFailuresTheNextAttemptMustWaitAndEachFurtherFailureDoublesTheWait() throws Exception {
        fail("demo.clinician", 5);

        assertThat(signIn("demo.clinician", "demo-password")).as("at once").isEqualTo(REFUSED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("demo.clinician", "wrong password")).isEqualTo(REFUSED);

        clock.advance(Duration.ofMillis(1900));
        assertThat(signIn("demo.clinician", "demo-password")).as("before 2 s").isEqualTo(REFUSED);
        clock.advance(Duration.ofMillis(100));
        assertThat(signIn("demo.clinician", "demo-password")).as("after 2 s").isEqualTo(SIGNED_IN);
    }

    @Test
    void aThrottledAttemptIsNotCountedAsAnotherFailure() throws Exception {
        fail("demo.clinician", 5);
        signIn("demo.clinician", "wrong password");
        signIn("demo.clinician", "wrong password");

        assertThat(failuresOf("demo.clinician")).isEqualTo(5);
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutesAndTheLockEndsOnItsOwn() throws Exception {
        failWaitingEachTime("demo.clinician", 10);
        var clinician = accountId("demo.clinician");
        asAdmin();
        assertThat(administration.account(clinician).locked()).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(REFUSED);
        assertThat(administration.account(clinician).locked()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(administration.account(clinician).locked()).isFalse();
        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        fail("demo.clinician", 4);
        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);

        fail("demo.clinician", 4);

        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);
    }

    @Test
    void anUnknownUsernameIsSlowedDownAndLockedExactlyLikeAKnownOne() throws Exception {
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(signIn("nobody.here", "wrong password"))
                    .as("attempt " + attempt).isEqualTo(signIn("demo.patient", "wrong password"));
            assertThat(failuresOf("nobody.here")).isEqualTo(failuresOf("demo.patient"));
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(failuresOf("nobody.here")).isEqualTo(10);
        assertThat(lockedEvents()).as("one per username once locked").hasSize(4);
    }

    @Test
    void aLockedAttemptIsAnAuthenticationFailureWithItsEvent() throws Exception {
        failWaitingEachTime("demo.clinician", 10);
        events.seen.clear();

        signIn("demo.clinician", "demo-password");

        assertThat(events.seen).singleElement().isInstanceOf(AuthenticationFailureLockedEvent.class)
                .extracting(event -> event.getAuthentication().getName()).isEqualTo("demo.clinician");
    }

    @Test
    void anAdminCanLiftALockAtOnce() throws Exception {
        failWaitingEachTime("demo.clinician", 10);
        asAdmin();

        throttle.release(accountId("demo.clinician"));

        assertThat(administration.account(accountId("demo.clinician")).locked()).isFalse();
        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);
    }

    @Test
    void onlyAnAdminCanLiftALock() {
        var clinician = accountId("demo.clinician");
        SignedInAs.account(context, "demo.clinician");

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> throttle.release(clinician));
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryUsernameFromThere() throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(signIn("stuffed.user" + attempt, "leaked password")).isEqualTo(REFUSED);
        }

        assertThat(signIn("demo.clinician", "demo-password")).as("throttled address").isEqualTo(REFUSED);
        assertThat(failuresOf("demo.clinician")).as("not the clinician's fault").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("demo.clinician", "demo-password")).isEqualTo(SIGNED_IN);
    }

    private void fail(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, "wrong password")).isEqualTo(REFUSED);
        }
    }

    /** Fails, waiting out each delay, so that every attempt is really checked and counted. */
    private void failWaitingEachTime(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, "wrong password")).isEqualTo(REFUSED);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(failuresOf(username)).isEqualTo(times);
    }

    private int failuresOf(String username) {
        return failures.of(SignInSubject.username(username)).count();
    }

    private List<AbstractAuthenticationFailureEvent> lockedEvents() {
        return events.seen.stream().filter(AuthenticationFailureLockedEvent.class::isInstance).toList();
    }

    private AccountId accountId(String username) {
        return accounts.findByUsername(new Username(username)).orElseThrow().id();
    }

    private void asAdmin() {
        SignedInAs.account(context, "demo.admin");
    }

    /** Signs in with a fresh client; returns where the sign-in sends the browser. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(("http://localhost:" + port).length());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailureEvents {

        final List<AbstractAuthenticationFailureEvent> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AbstractAuthenticationFailureEvent event) {
            seen.add(event);
        }
    }
}
