package org.rehabrx.web.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.UserInput;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** The operations endpoints as a scraper and a stranger see them, and the clinical counters moving with the work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rehabrx.metrics.username=scraper", "rehabrx.metrics.password=" + MetricsOverHttpTest.PASSWORD})
@ActiveProfiles("demo")
@WithTestDatabase
class MetricsOverHttpTest {

    static final String PASSWORD = "a-long-scraper-secret";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    HandoutService handouts;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    ProgressionService progression;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void metricsNeedTheScrapersCredential() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "scraper:not-the-password").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "demo.admin:demo-password").statusCode()).isEqualTo(401);

        var metrics = get("/actuator/prometheus", "scraper:" + PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("rehabrx_handouts_generated_total", "rehabrx_handouts_render_seconds_count",
                "rehabrx_programmes_activated_total", "rehabrx_proposals_decided_total{application=\"rehabrx\",decision=\"accepted\"}",
                "rehabrx_proposals_decided_total{application=\"rehabrx\",decision=\"rejected\"}",
                "rehabrx_signin_failures_total", "rehabrx_ui_sessions_active",
                "rehabrx_patient_page_seconds_bucket{application=\"rehabrx\",le=\"0.03\"}",
                "rehabrx_programme_save_seconds_bucket{application=\"rehabrx\",le=\"0.05\"}");
    }

    @Test
    void openingAPatientPageAndSavingInTheEditorAreTimed() throws Exception {
        double pages = metric("rehabrx_patient_page_seconds_count\\{[^}]*}");
        double saves = metric("rehabrx_programme_save_seconds_count\\{[^}]*}");
        SignedInAs.account(context, "demo.clinician");
        var prescribing = new ForefootPrescription(context);
        var patient = prescribing.register("MET-0003", "Eva Holm");
        var draft = prescribing.draftFromTemplate(patient.id());
        SignedInAs.nobody();

        var ui = new BrowserlessUi(context);
        ui.open();
        try {
            ui.signInAs("demo.clinician");
            ui.navigate("patients/" + patient.id().value());
            ui.navigate("programmes/" + draft.id().value() + "/edit");
            UserInput.enter(_find(TextArea.class, spec -> spec.withLabel("Note for the patient")).getFirst(),
                    "Keep the toes long.");
            _click(_get(Button.class, spec -> spec.withText("Save draft")));
        } finally {
            ui.close();
        }

        assertThat(metric("rehabrx_patient_page_seconds_count\\{[^}]*}")).isEqualTo(pages + 1);
        assertThat(metric("rehabrx_programme_save_seconds_count\\{[^}]*}")).isEqualTo(saves + 1);
        assertThat(metric("rehabrx_patient_page_seconds_bucket\\{[^}]*le=\"\\+Inf\"}")).isEqualTo(pages + 1);
    }

    @Test
    void infoShowsTheVersionAndCommitToTheScraperOnly() throws Exception {
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);

        var info = get("/actuator/info", "scraper:" + PASSWORD);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"version\":\"0.1.0-SNAPSHOT\"").containsPattern("\"commit\":\\{\"id\":\"[0-9a-f]{7,}\"");
    }

    @Test
    void healthSaysUpToAnyoneAndNamesTheDatabaseOnlyToTheScraper() throws Exception {
        var anyone = get("/actuator/health", null);
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("components", "PostgreSQL");
        assertThat(anyone.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(anyone.headers().firstValue("Set-Cookie")).as("no session for a probe").isEmpty();

        var scraper = get("/actuator/health", "scraper:" + PASSWORD);
        assertThat(scraper.body()).contains("\"db\":{", "PostgreSQL");
    }

    @Test
    void otherActuatorEndpointsStayClosedEvenToTheScraper() throws Exception {
        assertThat(get("/actuator/env", "scraper:" + PASSWORD).statusCode()).isIn(403, 404);
        assertThat(get("/actuator", "scraper:" + PASSWORD).statusCode()).isIn(403, 404);
    }

    @Test
    void aRefusedSignInIsCounted() throws Exception {
        double before = metric("rehabrx_signin_failures_total\\{[^}]*}");

        var form = "username=demo.clinician&password=not-the-password";
        http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(metric("rehabrx_signin_failures_total\\{[^}]*}")).isEqualTo(before + 1);
    }

    @Test
    void openingAPageStartsAUiSession() throws Exception {
        double before = metric("rehabrx_ui_sessions_active\\{[^}]*}");

        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        assertThat(metric("rehabrx_ui_sessions_active\\{[^}]*}")).isEqualTo(before + 1);
    }

    @Test
    void activatingDownloadingAndDecidingProposalsAreCounted() throws Exception {
        double activated = metric("rehabrx_programmes_activated_total\\{[^}]*}");
        double generated = metric("rehabrx_handouts_generated_total\\{[^}]*}");
        double rendered = metric("rehabrx_handouts_render_seconds_count\\{[^}]*}");
        double accepted = metric("rehabrx_proposals_decided_total\\{[^}]*decision=\"accepted\"}");
        double rejected = metric("rehabrx_proposals_decided_total\\{[^}]*decision=\"rejected\"}");

        SignedInAs.account(context, "demo.clinician");
        var today = LocalDate.now(clock);
        var prescribing = new ForefootPrescription(context);
        var draft = prescribing.draftFromTemplate(prescribing.register("MET-0001", "Ada Lindqvist").id());
        var active = programmes.activate(draft.id(), draft.version());
        handouts.download(active.id(), false);
        handouts.download(active.id(), true);
        var first = active.content().exercises().get(0).exercise();
        var second = active.content().exercises().get(1).exercise();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            for (var exercise : List.of(first, second)) {
                sessionLogs.log(active.id(), new SessionReport(exercise, today.minusDays(daysAgo), true, 3,
                        PainScore.of(2), PainScore.of(1), ""));
            }
        }
        var proposals = progression.evaluate(active.id());
        var toAccept = proposals.stream().filter(p -> p.exercise().equals(first)).findFirst().orElseThrow();
        var toReject = proposals.stream().filter(p -> p.exercise().equals(second)).findFirst().orElseThrow();
        progression.accept(toAccept.id(), toAccept.version(), null);
        progression.reject(toReject.id(), toReject.version(), "Wait for the next review");

        assertThat(metric("rehabrx_programmes_activated_total\\{[^}]*}")).isEqualTo(activated + 1);
        assertThat(metric("rehabrx_handouts_generated_total\\{[^}]*}")).isEqualTo(generated + 2);
        assertThat(metric("rehabrx_handouts_render_seconds_count\\{[^}]*}")).isEqualTo(rendered + 2);
        assertThat(metric("rehabrx_proposals_decided_total\\{[^}]*decision=\"accepted\"}")).isEqualTo(accepted + 1);
        assertThat(metric("rehabrx_proposals_decided_total\\{[^}]*decision=\"rejected\"}")).isEqualTo(rejected + 1);
    }

    @Test
    void aRefusedActivationIsNotCounted() throws Exception {
        double activated = metric("rehabrx_programmes_activated_total\\{[^}]*}");
        SignedInAs.account(context, "demo.clinician");
        var prescribing = new ForefootPrescription(context);
        var draft = prescribing.draftFromTemplate(prescribing.register("MET-0002", "Ola Berg").id());
        programmes.activate(draft.id(), draft.version());

        assertThatThrownBy(() -> programmes.activate(draft.id(), draft.version()))
                .as("activating a stale version again").isInstanceOf(RuntimeException.class);

        assertThat(metric("rehabrx_programmes_activated_total\\{[^}]*}")).isEqualTo(activated + 1);
    }

    private double metric(String series) throws IOException, InterruptedException {
        var body = get("/actuator/prometheus", "scraper:" + PASSWORD).body();
        var matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(body);
        assertThat(matcher.find()).as("series %s in%n%s", series, body).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private HttpResponse<String> get(String path, String credential) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (credential != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
