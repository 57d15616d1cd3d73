package org.rehabrx.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Role;
import org.rehabrx.web.security.SignedInSession;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.context.ActiveProfiles;

/**
 * A clinician signed in over real HTTP, in a real servlet container: when an admin disables the account or ends
 * a session, the very next request of that session is treated as signed out (OWASP ASVS 7.4.2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@WithTestDatabase
class SessionsEndOverHttpTest {

    private static final String PASSWORD = "walking slowly up the green hill";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ActivationService activation;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void disablingAnAccountEndsEachOfItsSessionsAtOnce() throws Exception {
        var clinician = activatedClinician();
        var laptop = new Browser();
        var tablet = new Browser();
        laptop.signIn(clinician.username(), PASSWORD);
        tablet.signIn(clinician.username(), PASSWORD);
        assertThat(laptop.get("/patients").statusCode()).isEqualTo(200);
        assertThat(tablet.get("/patients").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(clinician)).hasSize(2);
        var destroyed = new java.util.concurrent.CopyOnWriteArrayList<String>();
        ((ConfigurableApplicationContext) context).addApplicationListener(
                (ApplicationListener<HttpSessionDestroyedEvent>) event -> destroyed.add(event.getId()));

        asAdmin(() -> administration.disable(clinician.id(), administration.account(clinician.id()).version()));

        // the servlet container's sessions themselves are gone, not only marked expired for the next request
        assertThat(destroyed).contains(laptop.sessionId(), tablet.sessionId());

        for (var browser : new Browser[] {laptop, tablet}) {
            var next = browser.get("/patients");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValue(url("/login"));
        }
        assertThat(sessionsOf(clinician)).isEmpty();
        assertThat(new Browser().signIn(clinician.username(), PASSWORD).headers().firstValue("Location"))
                .hasValue(url("/login?error"));
    }

    @Test
    void anAdminEndsOneSessionAndTheOthersGoOn() throws Exception {
        var clinician = activatedClinician();
        var laptop = new Browser();
        var tablet = new Browser();
        laptop.signIn(clinician.username(), PASSWORD);
        tablet.signIn(clinician.username(), PASSWORD);
        tablet.get("/patients");
        var sessions = sessionsOf(clinician);
        assertThat(sessions).hasSize(2);
        assertThat(sessions).allSatisfy(session -> {
            assertThat(session.role()).isEqualTo(Role.CLINICIAN);
            assertThat(session.displayName()).isEqualTo("Over Http");
            assertThat(session.lastActivity()).isAfterOrEqualTo(session.signedInAt());
        });
        // the most recently active first: the tablet
        var tabletSession = sessions.getFirst();

        assertThat(asAdmin(() -> administration.endSession(clinician.id(), tabletSession.reference()))).isTrue();

        assertThat(tablet.get("/patients").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/patients").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(clinician)).hasSize(1);
        assertThat(asAdmin(() -> administration.endSession(clinician.id(), tabletSession.reference()))).isFalse();
    }

    private AccountSummary activatedClinician() {
        var issued = asAdmin(() -> administration.create("http." + Long.toString(System.nanoTime(), 36),
                "Over Http", Role.CLINICIAN));
        activation.activate(issued.code(), PASSWORD);
        return issued.account();
    }

    private java.util.List<SignedInSession> sessionsOf(AccountSummary account) {
        return asAdmin(() -> administration.signedInSessions().stream()
                .filter(session -> session.account().equals(account.id()))
                .toList());
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        SignedInAs.account(context, "demo.admin");
        try {
            return action.get();
        } finally {
            SignedInAs.nobody();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** One browser: its own cookie jar, so its own session. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            get("/login");
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
