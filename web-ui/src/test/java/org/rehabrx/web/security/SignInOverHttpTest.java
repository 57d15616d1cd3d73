package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What the filter chain does before any Vaadin view is involved, seen over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@WithTestDatabase
class SignInOverHttpTest {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void anUnauthenticatedRequestForAViewIsRedirectedToTheLoginPage() throws Exception {
        var response = get("/patients");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/login"));
    }

    @Test
    void theLoginPageAndTheHealthEndpointNeedNoSignIn() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);

        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRejected() throws Exception {
        var response = signIn("demo.clinician", "not-the-password");

        assertThat(response.headers().firstValue("Location")).hasValue(url("/login?error"));
        assertThat(get("/patients").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownUsernameIsRejectedTheSameWay() throws Exception {
        var response = signIn("nobody.here", "demo-password");

        assertThat(response.headers().firstValue("Location")).hasValue(url("/login?error"));
    }

    @Test
    void theRightPasswordSignsInUnderANewSessionId() throws Exception {
        get("/login");
        String sessionBefore = sessionId();

        var response = signIn("demo.clinician", "demo-password");

        assertThat(response.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(sessionId()).isNotEqualTo(sessionBefore);
        assertThat(get("/patients").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + username + "&password=" + password;
        return http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
