package org.rehabrx.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.AxeCore;
import org.rehabrx.web.testing.HeadlessChromium;

/** The accessibility check the browser tests rely on does find what it should, and passes what it should. */
class AxeCoreTest {

    @Test
    void findsAPictureWithoutATextAlternativeAndAFieldWithoutALabel() {
        try (var chromium = HeadlessChromium.launch()) {
            var page = chromium.browser().newPage();
            page.setContent("<!doctype html><html lang='en'><head><title>t</title></head><body><main>"
                    + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'></main></body></html>");

            assertThat(AxeCore.seriousViolations(page)).anyMatch(line -> line.startsWith("image-alt (critical)"))
                    .anyMatch(line -> line.startsWith("label (critical)"));
        }
    }

    @Test
    void passesTheSamePageWithAlternativeAndLabel() {
        try (var chromium = HeadlessChromium.launch()) {
            var page = chromium.browser().newPage();
            page.setContent("<!doctype html><html lang='en'><head><title>t</title></head><body><main>"
                    + "<img alt='A foot' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                    + "<label>Name <input type='text'></label></main></body></html>");

            assertThat(AxeCore.seriousViolations(page)).isEmpty();
        }
    }
}
