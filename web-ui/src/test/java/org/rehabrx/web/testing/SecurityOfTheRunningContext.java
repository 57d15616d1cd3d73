package org.rehabrx.web.testing;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, points Spring Security's static holder at the strategy of the test's own context (see
 * {@link SignedInAs#useSecurityOf}). A cached context reused after another context started would otherwise
 * check method security, even in its server's request threads, against the other context's holder.
 */
public final class SecurityOfTheRunningContext extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SignedInAs.useSecurityOf(testContext.getApplicationContext());
    }
}
