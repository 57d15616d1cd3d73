package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** Signing in as people do it: in a real headless Chromium against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rehabrx.admin.password=" + SignInInBrowserTest.FIRST_ADMIN_PASSWORD,
                "vaadin.productionMode=true"})
@ActiveProfiles("demo")
@WithTestDatabase
class SignInInBrowserTest {

    static final String FIRST_ADMIN_PASSWORD = "first start admin passphrase";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    private BrowserContext browserContext;
    private Page page;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @BeforeEach
    void openPage() {
        browserContext = chromium.browser().newContext();
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        browserContext.close();
    }

    @Test
    void aDemoClinicianSignsInAndSeesTheirHome() {
        page.navigate(url("/"));
        assertThat(page).hasURL(at("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));

        signIn("demo.clinician", "demo-password");

        assertThat(page).hasURL(at("/patients"));
        assertThat(page.locator("vaadin-app-layout h2")).hasText("My patients");
        assertThat(page.getByText("Priya Shah (demo clinician)")).isVisible();
        assertNavigationOffers("My patients", "Progression review", "Exercise library", "Change password",
                "Two-step sign-in");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("clinician-home.png")));
    }

    @Test
    void aClinicianWhoTypesTheAdminAddressDoesNotGetTheAdminView() {
        page.navigate(url("/login"));
        signIn("demo.clinician", "demo-password");
        assertThat(page).hasURL(at("/patients"));

        page.navigate(url("/admin/accounts"));

        assertThat(page.getByText("New account")).hasCount(0);
        assertThat(page.locator("body")).containsText(Pattern.compile("not found|denied|Could not navigate",
                Pattern.CASE_INSENSITIVE));
    }

    @Test
    void aWrongPasswordShowsWhatWentWrongAndKeepsThePersonOnTheLoginPage() {
        page.navigate(url("/login"));

        signIn("demo.clinician", "not the password");

        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.getByText("Username or password not recognised")).isVisible();
    }

    @Test
    void theFirstAdminMustChooseAPasswordBeforeReachingTheAccounts() {
        page.navigate(url("/login"));
        signIn("admin", FIRST_ADMIN_PASSWORD);

        assertThat(page).hasURL(at("/account/password"));
        assertThat(page.getByText("You signed in with a temporary password")).isVisible();
        assertNavigationOffers("Change password");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("forced-password-change.png")));

        page.getByLabel("Temporary password").fill(FIRST_ADMIN_PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("clinic admin passphrase");
        page.getByLabel("New password again").fill("clinic admin passphrase");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password")).click();

        assertThat(page).hasURL(at("/admin/accounts"));
        assertNavigationOffers("Accounts", "Active sessions", "Care teams", "Audit trail", "Change password",
                "Two-step sign-in");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-home.png")));
    }

    private void assertNavigationOffers(String... labels) {
        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(labels.length);
        assertThat(items).containsText(labels);
    }

    private void signIn(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    /** The page at this path; Spring Security may add a marker query such as {@code ?continue}. */
    private Pattern at(String path) {
        // Playwright evaluates the pattern as a JavaScript regex, which knows no \\Q...\\E quoting
        String literal = url(path).replaceAll("[.?*+^$|()\\[\\]{}\\\\]", "\\\\$0");
        return Pattern.compile("^" + literal + "(\\?.*)?$");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
