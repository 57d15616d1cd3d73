package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.portal.PortalFixture;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.AxeCore;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The patient portal on a phone (390 × 844) in a real headless Chromium: the demo patient signs in, reads
 * that their programme changed, sees their exercises, fetches the handout, logs today's session with pain
 * ratings and reads the confirmation. Both screens are checked with axe-core and for sideways scrolling at
 * 390 and 360 px, and photographed for the README ({@code docs/images}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("demo")
@WithTestDatabase
class PatientPortalInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Elements of the view that stick out past the right edge, and whether the page itself scrolls sideways. */
    private static final String OVERFLOWING_SIDEWAYS = """
            () => [
              ...[...document.querySelectorAll('vaadin-app-layout *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })
                .map(e => e.tagName.toLowerCase() + '.' + e.className),
              ...(document.documentElement.scrollWidth > window.innerWidth + 1 ? ['the page scrolls sideways'] : [])
            ]""";

    private static HeadlessChromium chromium;

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    Patients patients;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    /**
     * Method security outside Vaadin's requests (the handout download) reads the static security holder;
     * this cached context may be older than the last one started, whose strategy the holder would otherwise hold.
     */
    @BeforeEach
    void useThisContextsSecurity() {
        SignedInAs.useSecurityOf(context);
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @Test
    void aPatientFollowsAndLogsTheirProgrammeOnAPhone() {
        String changedExercise = theClinicianMovesTheFirstExerciseUpALevel();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(1).setIsMobile(true).setHasTouch(true)
                .setLocale("en-GB"))) {
            page = context.newPage();
            signIn("demo.patient");

            var notice = page.locator(".portal-notice");
            assertThat(notice).containsText("Your programme has changed");
            assertThat(notice).containsText("New level or amount: " + changedExercise);
            assertThat(page.locator(".portal-exercise").first()).containsText("How much");
            assertThat(page.locator(".portal-exercise .portal-picture-drawing[role=img] svg").first()).isVisible();
            checkedAndPhotographed("patient-portal-programme");

            notice.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Got it")).click();
            assertThat(notice).hasCount(0);

            var handout = page.locator("a").filter(new Locator.FilterOptions().setHasText("Download PDF"));
            var response = context.request().get(url("/" + handout.getAttribute("href")));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).startsWith("application/pdf");
            assertThat(response.body()).startsWith("%PDF".getBytes());

            page.locator("a").filter(new Locator.FilterOptions().setHasText("Log today's session")).first().click();
            page.waitForURL(url("/my-programme/log"));
            var rows = page.locator(".portal-log-row");
            assertThat(rows.nth(0).locator("input[type=range]")).hasValue("0");
            logged(rows.nth(0), true, 2);
            logged(rows.nth(1), false, 0);
            checkedAndPhotographed("patient-portal-log");

            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save today's session")).click();
            assertThat(page.locator(".portal-confirmation"))
                    .hasText("Saved: 2 exercises logged for today. Thank you!");
            assertThat(rows.nth(0)).containsText("Already logged today.");
            assertThat(AxeCore.seriousViolations(page)).as("after saving").isEmpty();

            page.reload();
            assertThat(page.locator(".portal-notice")).hasCount(0);
        }
    }

    @Test
    void aSpanishSpeakingPatientFindsTheWholePortalInSpanish() {
        var mine = new PortalFixture(this.context).patientOnProgramme(Translations.SPANISH, "una-clave-de-prueba-larga");
        SignedInAs.nobody();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setLocale("en-GB"))) {
            page = context.newPage();
            page.navigate(url("/login"));
            page.locator("#vaadinLoginUsername input").fill(mine.username());
            page.locator("#vaadinLoginPassword input").fill("una-clave-de-prueba-larga");
            page.locator("vaadin-button[slot=submit]").click();
            page.waitForURL(url("/my-programme"));

            assertThat(page.locator(".app-view-title")).hasText("Mi programa");
            assertThat(page.locator("a").filter(new Locator.FilterOptions().setHasText("Descargar PDF"))).isVisible();
            assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                    .setHasText("Registrar la sesión de hoy"))).hasCount(1);
            assertThat(page.locator(".app-sign-out")).hasText("Cerrar sesión");
            assertThat(AxeCore.seriousViolations(page)).isEmpty();
            page.setViewportSize(360, 740);
            page.waitForTimeout(300);
            assertThat(page.evaluate(OVERFLOWING_SIDEWAYS)).as("my programme in Spanish at 360 px").asList().isEmpty();

            page.locator("a").filter(new Locator.FilterOptions().setHasText("Registrar la sesión de hoy")).first().click();
            page.waitForURL(url("/my-programme/log"));
            logged(page.locator(".portal-log-row").first(), "Hecho", 6);
            assertThat(page.locator(".portal-pain-reading").first()).hasText("6 de 10 — demasiado");
            assertThat(AxeCore.seriousViolations(page)).isEmpty();
            assertThat(page.evaluate(OVERFLOWING_SIDEWAYS)).as("the log in Spanish at 360 px").asList().isEmpty();
        }
    }

    /** A clinician's change makes version 2, which the patient is told about. */
    private String theClinicianMovesTheFirstExerciseUpALevel() {
        SignedInAs.account(context, "demo.clinician");
        try {
            var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
            var programme = programmes.programmesOf(maria.id()).getFirst();
            var first = programme.content().exercises().getFirst();
            programmes.saveChanges(programme.id(), programme.version(),
                    programme.content().withExerciseAt(first.exercise(), first.level() + 1, first.dosage()));
            return programmes.exercisesOf(programme.id()).stream()
                    .filter(exercise -> exercise.id().equals(first.exercise())).findFirst().orElseThrow().name();
        } finally {
            SignedInAs.nobody();
        }
    }

    /** Marks one exercise done or not, in English, and checks the pain reading beside the slider. */
    private void logged(Locator row, boolean done, int pain) {
        logged(row, done ? "Done" : "Not done", pain);
        if (done) {
            assertThat(row.locator(".portal-pain-reading")).hasText(pain + " out of 10 — safe");
            assertThat(row.locator("input[type=range]")).hasAttribute("aria-valuetext", pain + " out of 10 — safe");
        }
    }

    /** Chooses an answer and moves the pain slider with the keyboard, as a screen-reader user would. */
    private void logged(Locator row, String choice, int pain) {
        row.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
        var slider = row.locator("input[type=range]");
        slider.focus();
        slider.press("Home");
        for (int step = 0; step < pain; step++) {
            slider.press("ArrowRight");
        }
        slider.press("Tab");
    }

    private void signIn(String username) {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url("/my-programme"));
        assertThat(page.locator(".portal-exercise").first()).isVisible();
    }

    /**
     * No serious or critical accessibility violation and nothing pushed out sideways on a 390 px phone nor
     * on a small 360 px one; then a picture of the phone screen.
     */
    private void checkedAndPhotographed(String name) {
        page.waitForLoadState();
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running'"
                + " || animation.effect.getTiming().iterations === Infinity)");
        assertThat(AxeCore.seriousViolations(page)).as(name).isEmpty();
        assertThat(page.evaluate(OVERFLOWING_SIDEWAYS)).as(name + " at 390 px").asList().isEmpty();
        page.setViewportSize(360, 740);
        page.waitForTimeout(300);
        assertThat(page.evaluate(OVERFLOWING_SIDEWAYS)).as(name + " at 360 px").asList().isEmpty();
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        // the view scrolls inside the app layout, so a picture of all of it needs a viewport as tall as the view
        int height = ((Number) page.evaluate("() => document.querySelector('.portal-view').scrollHeight + 80")).intValue();
        page.setViewportSize(390, Math.min(height, 8000));
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-whole.png")));
        page.setViewportSize(390, 844);
        page.locator(".portal-view").evaluate("view => view.scrollIntoView()");
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
