package org.rehabrx.web.browser;

import org.springframework.test.context.TestPropertySource;

/** The same checks with Vaadin in development mode, where its dev tools and live reload also run in the page. */
@TestPropertySource(properties = "vaadin.productionMode=false")
class ContentSecurityPolicyInDevelopmentModeTest extends ContentSecurityPolicyInBrowserTest {

    /** Development mode serves its bundle from elsewhere and never for caching: nothing to check here. */
    @Override
    void pagesAreNeverStoredButVaadinsBuiltFilesStayCacheable() {
    }
}
