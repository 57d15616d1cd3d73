package org.rehabrx.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-ins and refused sign-ins as the filter chain sees them, over real HTTP, with the application behind a
 * reverse proxy on the same host whose forwarding headers the container is told to trust.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("demo")
@WithTestDatabase
// a configuration no other test shares: closing it at once returns its database connections
@DirtiesContext
class SignInAuditOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    Accounts accounts;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private AuditTrailAssertions audit;

    @BeforeEach
    void markTheTrail() {
        audit = new AuditTrailAssertions(trail);
    }

    @Test
    void aSuccessfulSignInIsRecordedWithTheAccountAndTheClientAddress() throws Exception {
        signIn("demo.clinician", "demo-password");

        var clinician = accounts.findByUsername(new Username("demo.clinician")).orElseThrow();
        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.actorAccount()).isEqualTo(clinician.id());
            assertThat(event.actorUsername()).isEqualTo("demo.clinician");
            assertThat(event.actorRole()).isEqualTo(Role.CLINICIAN);
            assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aWrongPasswordForAnExistingAccountIsRecordedAgainstThatAccount() throws Exception {
        signIn("demo.patient", "not-the-password");

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorAccount())
                    .isEqualTo(accounts.findByUsername(new Username("demo.patient")).orElseThrow().id());
            assertThat(event.actorUsername()).isEqualTo("demo.patient");
            assertThat(event.actorRole()).isEqualTo(Role.PATIENT);
            assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void anUnknownUsernameIsRecordedWithoutWhatWasTyped() throws Exception {
        signIn("my-secret-passphrase", "demo-password");
        signIn("Not A Username!", "demo-password");

        assertThat(audit.added()).hasSize(2).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorAccount()).isNull();
            assertThat(event.actorUsername()).isEqualTo(Actor.UNKNOWN_USERNAME);
            assertThat(event.toString()).doesNotContain("secret", "Not A", "demo-password");
        });
    }

    @Test
    void behindATrustedProxyTheAddressIsTheOneItForwards() throws Exception {
        signIn("demo.clinician", "demo-password", "198.51.100.23");

        assertThat(audit.added()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(event.clientAddress()).isEqualTo("198.51.100.23");
        });
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        signIn(username, password, null);
    }

    private void signIn(String username, String password, @Nullable String forwardedFor)
            throws IOException, InterruptedException {
        var form = "username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + password;
        var request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
