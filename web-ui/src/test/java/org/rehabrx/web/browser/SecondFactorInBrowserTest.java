package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.web.secondfactor.AuthenticatorApp;
import org.rehabrx.web.testing.AxeCore;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Two-step sign-in end to end in headless Chromium: set up from the key on the screen, then the code step
 * after the password, which holds the clinician away from the patient list until the code is given and
 * then continues under a new session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rehabrx.admin.password=" + SignInInBrowserTest.FIRST_ADMIN_PASSWORD,
                "vaadin.productionMode=true"})
@ActiveProfiles("demo")
@WithTestDatabase
class SecondFactorInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "clinician browser passphrase";
    /** Generous: six builds share two cores, and a sign-in redirects twice before the view shows. */
    private static final double PATIENCE_MS = 20_000;
    private static final double PLAYWRIGHT_DEFAULT_MS = 5_000;

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
    }

    @AfterAll
    static void closeBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(PLAYWRIGHT_DEFAULT_MS);
        chromium.close();
    }

    @Test
    void aClinicianSetsUpAnAppAndThenSignsInWithItsCode() {
        var username = "browser." + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(Account.open(new Username(username), "Browser Clinician", Role.CLINICIAN,
                new EncodedPassword(passwordEncoder.encode(PASSWORD))));
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(PATIENCE_MS);
            page.navigate(url("/login"));
            signIn(page, username);
            assertAt(page, "/patients");

            page.getByText("Turn on two-step sign-in (recommended)").click();
            assertAt(page, "/account/second-factor");
            assertThat(page.locator(".qr-code")).isVisible();
            assertThat(AxeCore.seriousViolations(page)).as("set-up screen").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("second-factor-set-up.png")));
            var app = new AuthenticatorApp(TotpSecret.fromBase32(page.locator(".second-factor-key").textContent()),
                    clock);
            page.locator(".second-factor-code input").fill(app.nextCode());
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Turn on two-step sign-in")).click();
            assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Turn off"))).isVisible();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign out")).click();
            assertAt(page, "/login");

            signIn(page, username);

            assertAt(page, "/login/second-factor");
            assertThat(page.getByText("Enter your code")).isVisible();
            assertThat(AxeCore.seriousViolations(page)).as("code step").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("second-factor-code-step.png")));
            page.navigate(url("/patients"));
            assertAt(page, "/login/second-factor");
            assertThat(page.getByText("Browser Clinician")).hasCount(0);
            String sessionAtCodeStep = sessionCookie(browser);

            page.locator(".second-factor-code input").fill(app.nextCode());
            page.keyboard().press("Enter");

            assertAt(page, "/patients");
            assertThat(page.locator("vaadin-app-layout h2")).hasText("My patients");
            assertThat(sessionCookie(browser)).isNotEqualTo(sessionAtCodeStep);
            page.navigate(url("/library"));
            assertThat(page.locator("vaadin-app-layout h2")).hasText("Exercise library");
        }
    }

    /** At the path, with or without a query such as the "?continue" Spring Security adds after a redirect. */
    private void assertAt(Page page, String path) {
        // Playwright evaluates the pattern as a JavaScript regex, which knows no \\Q...\\E quoting
        String literal = url(path).replaceAll("[.?*+^$|()\\[\\]{}\\\\]", "\\\\$0");
        assertThat(page).hasURL(Pattern.compile("^" + literal + "(\\?.*)?$"));
    }

    private static void signIn(Page page, String username) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit]").click();
    }

    private static String sessionCookie(BrowserContext browser) {
        return browser.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
