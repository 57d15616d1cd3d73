package org.rehabrx.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** With no scraper credential configured there is no way in to the metrics or the version: no default password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@WithTestDatabase
class MetricsClosedWithoutCredentialTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noCredentialOpensMetricsOrInfo() throws Exception {
        for (var path : new String[] {"/actuator/prometheus", "/actuator/info"}) {
            assertThat(status(path, null)).as(path).isEqualTo(401);
            assertThat(status(path, "admin:")).as(path).isEqualTo(401);
            assertThat(status(path, ":")).as(path).isEqualTo(401);
            assertThat(status(path, "demo.admin:demo-password")).as(path).isEqualTo(401);
        }
        assertThat(status("/actuator/health", null)).isEqualTo(200);
    }

    private int status(String path, String credential) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credential != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
