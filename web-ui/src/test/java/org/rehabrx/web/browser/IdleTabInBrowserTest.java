package org.rehabrx.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.HeadlessChromium;
import org.rehabrx.web.testing.MovableClock;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;

/**
 * A tab left open is signed out after the idle timeout although it keeps sending heartbeats. Heartbeats come
 * every 2 seconds here instead of every 5 minutes, and the application's clock is moved instead of waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.heartbeatInterval=2"})
@ActiveProfiles("demo")
@WithTestDatabase
@Import(MovableClock.Configuration.class)
class IdleTabInBrowserTest {

    private static final PageAssertions.HasURLOptions A_FEW_HEARTBEATS = new PageAssertions.HasURLOptions()
            .setTimeout(20_000);

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;

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
    void signIn() {
        browserContext = chromium.browser().newContext();
        page = browserContext.newPage();
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill("demo.clinician");
        page.locator("#vaadinLoginPassword input").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/patients$"), A_FEW_HEARTBEATS);
    }

    @AfterEach
    void closePage() {
        browserContext.close();
    }

    @Test
    void anOpenTabThatNobodyUsesIsSignedOutAfterThirtyMinutes() {
        clock.advance(Duration.ofMinutes(20));
        page.waitForTimeout(5_000);
        assertThat(page).hasURL(Pattern.compile(".*/patients$"));

        clock.advance(Duration.ofMinutes(10));

        assertThat(page).hasURL(Pattern.compile(".*/login.*"), A_FEW_HEARTBEATS);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url("/patients"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void usingTheTabKeepsItSignedIn() {
        clock.advance(Duration.ofMinutes(20));
        page.getByText("Exercise library").click();
        assertThat(page).hasURL(Pattern.compile(".*/library$"));

        clock.advance(Duration.ofMinutes(20));
        page.waitForTimeout(5_000);

        assertThat(page).hasURL(Pattern.compile(".*/library$"));
        page.getByText("My patients").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/patients$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
