package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.AxeCore;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * An admin creates an account and hands over the code; its owner opens the link on a phone, where the code
 * arrives in the link's fragment and leaves the address bar at once, chooses a password and signs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.productionMode=true")
@ActiveProfiles("demo")
@WithTestDatabase
class AccountActivationInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "my own phrase for the clinic";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @Test
    void theAdminHandsOverTheCodeAndTheOwnerActivatesOnAPhone() {
        String username = "phone." + Long.toString(System.nanoTime(), 36);
        try (var admin = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            var page = admin.newPage();
            page.navigate(url("/login"));
            signIn(page, "demo.admin", "demo-password");
            assertThat(page).hasURL(Pattern.compile(".*/admin/accounts.*"));
            assertThat(page.getByText("Dana Admin (demo)").first()).isVisible();
            assertAccessible(page, "accounts");

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New account")).click();
            page.getByLabel("Username").last().fill(username);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).last().fill("Pat Phone");
            page.locator("vaadin-dialog vaadin-select").click();
            page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Patient")).first().click();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create account")).click();
            // the new-account dialog is gone before the activation dialog is judged on its own
            assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create account")))
                    .hasCount(0);
            assertThat(page.locator(".activation-code")).isVisible();
            assertThat(page.locator(".activation-sheet svg")).isVisible();
            assertAccessible(page, "activation dialog");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("activation-dialog.png")));
            String link = page.locator(".activation-link").first().textContent();
            assertThat(page.locator(".activation-link").first()).hasText(Pattern.compile(".*/activate#[0-9A-Z-]{34}$"));

            try (var phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
                var owner = phone.newPage();
                owner.navigate(link);

                assertThat(owner.getByText("You will sign in as " + username + ".")).isVisible();
                assertThat(owner).hasURL(url("/activate"));
                assertAccessible(owner, "activation page");
                owner.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
                owner.getByLabel("New password again").fill(PASSWORD);
                owner.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("activation-page.png")));
                owner.locator("vaadin-button", new Page.LocatorOptions().setHasText("Activate account")).click();
                assertThat(owner.getByText("Your account is ready")).isVisible();

                owner.getByText("Go to sign in").click();
                signIn(owner, username, PASSWORD);
                assertThat(owner).hasURL(Pattern.compile(".*/my-programme.*"));

                owner.navigate(link);
                assertThat(owner.getByText("This activation code has already been used.")).isVisible();
                assertThat(owner.getByText("You will sign in as")).hasCount(0);
            }
        }
    }

    /** No serious or critical accessibility violation once nothing is fading in or out. */
    private static void assertAccessible(Page page, String name) {
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running'"
                + " || animation.effect.getTiming().iterations === Infinity)");
        org.assertj.core.api.Assertions.assertThat(AxeCore.seriousViolations(page)).as(name).isEmpty();
    }

    private static void signIn(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
