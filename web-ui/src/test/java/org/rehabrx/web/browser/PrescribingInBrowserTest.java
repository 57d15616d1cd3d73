package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.AxeCore;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A clinician's whole first prescription, done as a person does it in a real headless Chromium: register
 * a patient with reduced foot sensation, start from the forefoot template, acknowledge the warm-soak
 * caution, add a metatarsal pad for the left foot, activate, download the handout, log three comfortable
 * sessions, accept the proposal to advance, and find version 2 on the patient page. Every main screen is
 * checked with axe-core on the way and photographed for the README ({@code docs/images}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("demo")
@WithTestDatabase
class PrescribingInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final String PATIENT = "Teresa Álvarez-Núñez";

    /** What sticks out past the right edge: elements of the view, and grids whose columns need a sideways scroll. */
    private static final String OVERFLOWING_SIDEWAYS = """
            () => [
              ...[...document.querySelectorAll('vaadin-app-layout *')]
                .filter(e => !e.closest('vaadin-grid'))
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })
                .map(e => e.tagName.toLowerCase() + '.' + e.className),
              ...[...document.querySelectorAll('vaadin-grid')]
                .filter(g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth > t.clientWidth + 1; })
                .map(g => 'vaadin-grid.' + g.className + ' needs a sideways scroll')
            ]""";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext applicationContext;

    private Page page;

    /**
     * Method security outside Vaadin's requests (the handout download) reads the static security holder;
     * this cached context may be older than the last one started, whose strategy the holder would otherwise hold.
     */
    @BeforeEach
    void useThisContextsSecurity() {
        SignedInAs.useSecurityOf(applicationContext);
    }

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @Test
    void aClinicianPrescribesHandsOverAndProgressesAForefootProgramme() throws IOException {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 860).setLocale("en-US").setAcceptDownloads(true))) {
            page = context.newPage();
            signIn("demo.clinician");
            checkedAndPhotographed("my-patients");

            registerPatient();
            assertThat(page.locator("h2, h3").filter(new Locator.FilterOptions().setHasText(PATIENT)).first()).isVisible();
            String patientPage = page.url();

            startFromTheForefootTemplate();
            checkedAndPhotographed("programme-editor");
            acknowledgeTheCautions();
            addALeftMetatarsalPad();
            activate();

            checkTheHandout(patientPage);

            page.navigate(patientPage);
            for (int daysAgo = 2; daysAgo >= 0; daysAgo--) {
                logAComfortableSession(LocalDate.now().minusDays(daysAgo));
            }
            assertThat(page.getByText("No sessions logged yet.")).hasCount(0);
            assertThat(page.getByText("No sessions logged in the last 6 weeks.")).hasCount(0);
            checkedAndPhotographed("patient-page");

            acceptTheProposalToAdvanceToeCurls();

            page.navigate(patientPage);
            assertThat(page.getByText("Version 2").first()).isVisible();
            assertThat(page.locator("body")).containsText("Level 2");

            page.navigate(url("/library"));
            assertThat(page.getByText("Marble pick-up").first()).isVisible();
            checkedAndPhotographed("exercise-library");
        }
    }

    private void signIn(String username) {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url("/patients"));
        assertThat(page.locator("vaadin-grid")).isVisible();
    }

    private void registerPatient() {
        button("New patient").click();
        var dialog = page.locator("vaadin-dialog[opened]");
        dialog.getByLabel("Clinic reference").fill("E2E-0001");
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(PATIENT);
        typeDate(dialog.getByLabel("Date of birth"), LocalDate.of(1958, 3, 14));
        dialog.getByLabel("English").check();
        dialog.getByLabel("Condition being treated").fill("Central metatarsalgia, 2nd–3rd MTP joints");
        dialog.getByLabel("Both sides").check();
        dialog.getByLabel("Reduced foot sensation (e.g. diabetic neuropathy)").check();
        button("Register patient").click();
        page.waitForURL(url("/patients/") + "**");
        assertThat(page.getByText("Reduced foot sensation").first()).isVisible();
    }

    private void startFromTheForefootTemplate() {
        page.locator("a, vaadin-button").filter(new Locator.FilterOptions().setHasText("New programme")).first().click();
        page.waitForURL("**/new-programme");
        page.getByText("The template", new Page.GetByTextOptions().setExact(false)).first().click();
        typeDate(page.getByLabel("Start date"), LocalDate.now().minusDays(3));
        button("Create draft and open the editor").click();
        page.waitForURL("**/edit");
        assertThat(page.locator("body")).containsText("Warm foot soak");
    }

    /** Reduced foot sensation meets two exercises of the template: the warm soak and barefoot walking. */
    private void acknowledgeTheCautions() {
        acknowledge("Warm foot soak", "Sensation checked with a monofilament; she tests the water with a thermometer");
        acknowledge("Barefoot walking", "Sensation checked; walks only on a soft, clean surface at home");
        assertThat(page.locator(".programme-caution-acknowledged")).hasCount(2);
    }

    private void acknowledge(String exercise, String reason) {
        var caution = page.locator(".programme-caution").filter(new Locator.FilterOptions().setHasText(exercise)).first();
        caution.getByLabel("Reason for prescribing despite the caution").fill(reason);
        caution.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Acknowledge")).click();
        assertThat(page.locator(".programme-caution-acknowledged")
                .filter(new Locator.FilterOptions().setHasText(exercise))).isVisible();
    }

    private void addALeftMetatarsalPad() {
        var form = page.locator(".programme-orthotic-form");
        choose(form, "Type", "1. Metatarsal / toe pad inside the shoe");
        choose(form, "Side", "Left");
        form.getByLabel("Placement").fill("Just behind the 2nd–3rd metatarsal heads");
        form.getByLabel("Wear schedule").fill("In everyday shoes, all day");
        form.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Add orthotic note")).click();
        assertThat(page.locator(".programme-orthotic-list")).containsText("Metatarsal / toe pad inside the shoe, side: Left");
        button("Save draft").click();
        assertThat(page.getByText("Draft saved.").first()).isVisible();
    }

    private void activate() {
        button("Activate").click();
        assertThat(page.getByText("Activated: the patient now follows version 1.").first()).isVisible();
    }

    private void checkTheHandout(String patientPage) throws IOException {
        page.navigate(patientPage);
        Download download = page.waitForDownload(() -> page.locator("a")
                .filter(new Locator.FilterOptions().setHasText("Download PDF")).first().click());
        assertThat(download.suggestedFilename()).endsWith(".pdf").doesNotContain("lvarez").doesNotContain("Teresa");
        Path pdf = download.path();
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(PATIENT, "Short-foot doming", "Toe curls", "Marble pick-up", "Warm foot soak");
            assertThat(text).containsPattern(
                    "Metatarsal pad inside the shoe\\s+Side\\s+Left foot\\s+Where it goes\\s+Just behind the 2nd–3rd metatarsal heads");
        }
    }

    /**
     * Types a date as a person does and waits until the picker's calendar has closed again: an open calendar
     * lies over the form and takes the next click.
     */
    private void typeDate(Locator field, LocalDate date) {
        field.fill(date.format(TYPED_DATE));
        field.press("Enter");
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);
    }

    private void logAComfortableSession(LocalDate date) {
        button("Log a session").click();
        var dialog = page.locator("vaadin-dialog[opened]");
        var exercise = dialog.getByLabel("Exercise", new Locator.GetByLabelOptions().setExact(true));
        exercise.fill("Toe curls");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Toe curls")).first().click();
        typeDate(dialog.getByLabel("Date of the session"), date);
        dialog.getByLabel("Completed as prescribed").check();
        dialog.getByLabel("Pain during (0–10)").fill("2");
        dialog.getByLabel("Next-morning pain (0–10)").fill("0");
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
    }

    private void acceptTheProposalToAdvanceToeCurls() {
        page.navigate(url("/review"));
        button("Evaluate now").click();
        var proposal = page.locator(".progression-card").filter(new Locator.FilterOptions().setHasText(PATIENT))
                .filter(new Locator.FilterOptions().setHasText("Toe curls")).filter(new Locator.FilterOptions().setHasText("Advance"));
        assertThat(proposal).isVisible();
        checkedAndPhotographed("progression-review");
        proposal.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Accept")).first().click();
        assertThat(page.getByText("Version 2 is now active.").first()).isVisible();
    }

    private Locator button(String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private void choose(Locator within, String label, String option) {
        within.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label").filter(new Locator.FilterOptions().setHasText(label)))).first().click();
        page.locator("vaadin-select[opened] vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /**
     * No serious or critical accessibility violation on the screen as it stands, nothing pushed out sideways
     * on a 768 px tablet; then a picture of it.
     */
    private void checkedAndPhotographed(String name) {
        page.waitForLoadState();
        // something fading in (a notification, say) is translucent for a moment, which no reader has to read
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running'"
                + " || animation.effect.getTiming().iterations === Infinity)");
        assertThat(AxeCore.seriousViolations(page)).as(name).isEmpty();
        page.setViewportSize(768, 1024);
        page.waitForTimeout(500);
        assertThat(page.evaluate(OVERFLOWING_SIDEWAYS)).as(name + " at 768 px").asList().isEmpty();
        page.setViewportSize(1280, 860);
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
