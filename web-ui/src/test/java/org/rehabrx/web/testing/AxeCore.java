package org.rehabrx.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * The axe-core accessibility engine run inside a page of the real browser. It comes from the npm
 * registry ({@code .ci/run} installs it into {@code .tools/} at the repository root); set
 * {@code AXE_CORE_PATH} to use another copy of {@code axe.min.js}.
 */
public final class AxeCore {

    public static final String VERSION = "4.14.1";

    private AxeCore() {
    }

    /**
     * The violations of impact "serious" or "critical" on the page as it is now, one line each: rule,
     * impact, what it asks for and the first offending elements.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '));
                }""");
    }

    private static Path script() {
        String configured = System.getenv("AXE_CORE_PATH");
        // the tests run in the web-ui module's folder
        Path script = configured != null ? Path.of(configured)
                : Path.of("..", ".tools", "node_modules", "axe-core", "axe.min.js");
        if (!Files.isReadable(script)) {
            throw new IllegalStateException("The accessibility checks need axe-core at " + script.toAbsolutePath()
                    + ": run 'npm install --prefix .tools axe-core@" + VERSION + "' in the repository root"
                    + " (.ci/run does) or set AXE_CORE_PATH to its axe.min.js.");
        }
        return script;
    }
}
