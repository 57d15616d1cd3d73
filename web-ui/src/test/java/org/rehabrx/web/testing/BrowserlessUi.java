package org.rehabrx.web.testing;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * Vaadin views in the test JVM, without a browser (Karibu-Testing), wired to the real Spring context so
 * that navigation access control and the application services run as in production. Spring Security's
 * filter does not run here, so signing in puts the authentication where the filter would.
 * <p>
 * Registered as an extension ({@code @RegisterExtension final BrowserlessUi ui = new BrowserlessUi();}) it opens
 * before and closes after every test, in the test's own Spring context.
 */
public final class BrowserlessUi implements BeforeEachCallback, AfterEachCallback {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.rehabrx.web");

    private @Nullable ApplicationContext context;

    public BrowserlessUi() {
    }

    public BrowserlessUi(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        context = SpringExtension.getApplicationContext(test);
        open();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        close();
    }

    public void open() {
        SignedInAs.useSecurityOf(context());
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context(), UI::new));
    }

    public void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private ApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("BrowserlessUi needs a Spring context: register it as an extension");
        }
        return context;
    }

    /** Signs in as the stored account, with exactly the authorities a real sign-in would grant. */
    public void signInAs(String username) {
        var principal = context().getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        // asks the security context each time, so authorities changed during the test are seen
        request.setUserInRole((ignoredPrincipal, role) -> currentAuthorities().contains("ROLE_" + role));
    }

    public static List<String> currentAuthorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? List.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    public void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    public static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
