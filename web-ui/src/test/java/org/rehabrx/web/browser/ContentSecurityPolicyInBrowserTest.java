package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;

/**
 * The Content-Security-Policy lets Vaadin work and nothing break: a real Chromium signs in, opens the main
 * screens and reports no violation. Signing out there ends the session on the server. Run in production
 * mode here and in development mode by {@link ContentSecurityPolicyInDevelopmentModeTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("demo")
@WithTestDatabase
class ContentSecurityPolicyInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Reports every violation, including those Chromium only counts and never logs. */
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    /** Two cores shared with other builds: the first screen after sign-in may take more than the default 5 s. */
    private static final PageAssertions.HasURLOptions SLOW_MACHINE = new PageAssertions.HasURLOptions().setTimeout(20_000);

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    private BrowserContext browserContext;
    private Page page;
    private final List<String> console = new CopyOnWriteArrayList<>();

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
        browserContext.addInitScript(RECORD_VIOLATIONS);
        page = browserContext.newPage();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
    }

    @AfterEach
    void closePage() {
        browserContext.close();
    }

    @Test
    void vaadinSignsInAndRendersWithoutAnyViolation(TestInfo test) {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertNoViolations("login");

        signIn("demo.clinician", "demo-password");
        assertThat(page).hasURL(Pattern.compile(".*/patients$"), SLOW_MACHINE);
        assertThat(page.locator("vaadin-app-layout h2")).hasText("My patients");
        assertNoViolations("patients");

        page.navigate(url("/library"));
        assertThat(page.locator("vaadin-app-layout h2")).isVisible();
        page.waitForTimeout(500);
        assertNoViolations("library");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot(test, "library"))));

        page.getByText("Heel raises to small hops").click();
        assertThat(page).hasURL(Pattern.compile(".*/library/.+"));
        page.waitForTimeout(500);
        assertNoViolations("exercise");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot(test, "exercise"))));

        page.navigate(url("/account/password"));
        assertThat(page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertNoViolations("password");
    }

    @Test
    void pagesAreNeverStoredButVaadinsBuiltFilesStayCacheable() {
        var builtFiles = new CopyOnWriteArrayList<String>();
        page.onResponse(response -> {
            if (response.url().contains("/VAADIN/build/")) {
                builtFiles.add(response.url() + " " + response.headers().getOrDefault("cache-control", ""));
            }
        });

        var login = page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        assertThat(login.headers().get("cache-control")).contains("no-store");
        assertThat(builtFiles).isNotEmpty().allSatisfy(file -> assertThat(file).doesNotContain("no-store"));
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        page.navigate(url("/login"));
        signIn("demo.clinician", "demo-password");
        assertThat(page).hasURL(Pattern.compile(".*/patients$"), SLOW_MACHINE);
        String signedInSession = sessionCookie();

        page.locator(".app-sign-out").click();

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(browserContext.cookies()).noneMatch(cookie -> cookie.value.equals(signedInSession));
        var withOldCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/patients")))
                .header("Cookie", "JSESSIONID=" + signedInSession).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(withOldCookie.statusCode()).as("the old session cookie after sign-out").isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location")).hasValue(url("/login"));
    }

    /** Real time runs here: the short waits after five failures may pass, but ten failures lock for 15 minutes. */
    @Test
    void aThrottledSignInSaysSoWithoutTellingWhetherTheAccountExists(TestInfo test) {
        page.navigate(url("/login"));
        var paused = page.getByText("Sign-in paused after too many attempts");
        int attempts = 0;
        do {
            signIn("nobody.at.this.clinic", "wrong password " + attempts++);
            assertThat(page.locator("vaadin-login-form [part=error-message], vaadin-login-form")
                    .getByText(Pattern.compile("not recognised|paused"))).isVisible();
        } while (paused.count() == 0 && attempts <= 10);

        assertThat(attempts).as("attempts before the pause").isBetween(6, 11);
        assertThat(paused).isVisible();
        assertThat(page.getByText("Wait 15 minutes and try again")).isVisible();
        assertThat(page.getByText("Username or password not recognised")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot(test, "throttled"))));
        assertNoViolations("throttled login");
    }

    private void assertNoViolations(String where) {
        @SuppressWarnings("unchecked")
        var violations = (List<String>) page.evaluate("() => window.__cspViolations");
        assertThat(violations).as("CSP violations on " + where).isEmpty();
        assertThat(console).as("console on " + where)
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
    }

    private String sessionCookie() {
        return browserContext.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
    }

    private void signIn(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        // the form posts natively: wait for the sign-in's answer, not just for the click
        page.waitForResponse(response -> response.request().method().equals("POST") && response.url().endsWith("/login"),
                () -> page.locator("vaadin-button[slot=submit]").click());
        page.waitForLoadState();
    }

    private String screenshot(TestInfo test, String name) {
        return getClass().getSimpleName() + "-" + name + ".png";
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
