package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.MovableClock;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** How long a signed-in session lives, how it ends, and what every response tells the browser, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "rehabrx.session.idle-timeout=30m",
                "rehabrx.session.absolute-timeout=12h"})
@ActiveProfiles("demo")
@WithTestDatabase
@Import(MovableClock.Configuration.class)
class SessionsAndHeadersOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void noThrottling() {
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        get("/login");
        String before = sessionId();
        assertThat(before).isNotEmpty();

        signIn();

        assertThat(sessionId()).isNotEmpty().isNotEqualTo(before);
        assertThat(get("/patients").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionInUseStaysSignedIn() throws Exception {
        signIn();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(get("/patients").statusCode()).as("after %d idle periods of 29 min", i + 1).isEqualTo(200);
        }
    }

    @Test
    void thirtyMinutesWithoutARequestFromThePersonEndTheSessionEvenWithHeartbeats() throws Exception {
        signIn();
        assertThat(get("/patients").statusCode()).isEqualTo(200);
        String signedInSession = sessionId();

        for (int minute = 5; minute < 30; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat();
        }
        clock.advance(Duration.ofMinutes(5));

        assertThat(heartbeat()).as("the open tab's next heartbeat is told, as Vaadin tells it").isEqualTo(403);
        var uidl = http.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.body()).as("a click in the open tab").contains("\"sessionExpired\":true");
        var afterwards = get("/patients");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValue(url("/login"));
        cookies.getCookieStore().removeAll();
        assertThat(getWithSession("/patients", signedInSession).statusCode()).isEqualTo(302);
    }

    @Test
    void twelveHoursAfterSignInTheSessionEndsHoweverActive() throws Exception {
        signIn();
        for (int hour = 1; hour < 12; hour++) {
            for (int quarter = 0; quarter < 4; quarter++) {
                clock.advance(Duration.ofMinutes(15));
                assertThat(get("/patients").statusCode()).isEqualTo(200);
            }
        }
        clock.advance(Duration.ofMinutes(29));
        assertThat(get("/patients").statusCode()).as("11 h 29 min").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(get("/patients").statusCode()).as("11 h 58 min").isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));

        assertThat(get("/patients").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyBehindTls() throws Exception {
        var plain = get("/login");
        var overTls = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());

        String plainCookie = sessionCookieHeader(plain);
        assertThat(plainCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        String tlsCookie = sessionCookieHeader(overTls);
        assertThat(tlsCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        signIn();
        for (var path : List.of("/login", "/patients", "/admin/accounts", "/no/such/page")) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        var overTls = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());

        assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    private void signIn() throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=demo.clinician&password=demo-password"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).hasValue(url("/"));
    }

    /** What an open Vaadin tab sends every few minutes by itself. */
    private int heartbeat() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/?v-r=heartbeat&v-uiId=0")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getWithSession(String path, String sessionId) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "JSESSIONID=" + sessionId).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookieHeader(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
