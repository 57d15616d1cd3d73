package org.rehabrx.web.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The handout download over real HTTP, through the security filter chain and beside Vaadin's servlet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@WithTestDatabase
class HandoutDownloadOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private Programme programme;

    @BeforeEach
    void theDemoPatientsProgramme() {
        var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        programme = programmes.forPatient(maria.id()).getFirst();
    }

    @Test
    void theCareTeamDownloadsThePdfUnderAFileNameWithoutThePatientsName() throws Exception {
        signIn("demo.clinician");

        var response = get("/handouts/" + programme.id().value());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).matches("attachment; filename=\"home-programme-v1-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
        assertThat(disposition).doesNotContainIgnoringCase("rossi").doesNotContainIgnoringCase("maria");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thePreviewOpensInTheBrowserAndLargePrintIsNamedSo() throws Exception {
        signIn("demo.clinician");

        var response = get("/handouts/" + programme.id().value() + "?inline=true&largePrint=true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline; filename=\"home-programme-v1-").endsWith("-large-print.pdf\"");
    }

    @Test
    void aClinicianOutsideTheCareTeamGetsNotFoundAndNoPdf() throws Exception {
        signIn("demo.clinician2");

        var response = get("/handouts/" + programme.id().value());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF-");
    }

    @Test
    void anotherPatientGetsNotFoundAndNoPdfWhileThePatientGetsTheirOwn() throws Exception {
        signIn("demo.patient2");

        var theirs = get("/handouts/" + programme.id().value());
        var madeUp = get("/handouts/" + UUID.randomUUID());

        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).isEqualTo(madeUp.body());

        http.cookieHandler().ifPresent(cookies -> ((CookieManager) cookies).getCookieStore().removeAll());
        signIn("demo.patient");
        assertThat(get("/handouts/" + programme.id().value()).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedProgrammeIdIsNotFound() throws Exception {
        signIn("demo.clinician");

        assertThat(get("/handouts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/handouts/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void anAnonymousRequestIsSentToTheLoginPage() throws Exception {
        var response = get("/handouts/" + programme.id().value());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/login"));
    }

    private void signIn(String username) throws IOException, InterruptedException {
        get("/login");
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo-password"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).as("signed in").hasValue(url("/"));
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
