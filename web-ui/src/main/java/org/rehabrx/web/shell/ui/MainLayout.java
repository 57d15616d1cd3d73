package org.rehabrx.web.shell.ui;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rehabrx.web.secondfactor.SecondFactorService;
import org.rehabrx.web.secondfactor.ui.SecondFactorReminder;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.security.core.GrantedAuthority;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jakarta.annotation.security.PermitAll;

/**
 * The frame of every signed-in screen. The navigation lists only the views the signed-in account may
 * open: {@link MenuConfiguration} applies the same access annotations that guard navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 viewTitle = new H2();
    private final SideNav navigation = new SideNav();
    private final SignedInAccount signedIn;
    /** The authorities the navigation was listed for; it lists again only when they change. */
    private @Nullable Set<GrantedAuthority> listedFor;

    public MainLayout(SignedInAccount signedIn, SecondFactorService secondFactor) {
        this.signedIn = signedIn;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("app-view-title");
        addToNavbar(new DrawerToggle(), viewTitle);

        var brand = new H1("RehabRx");
        brand.addClassNames("app-brand", "app-drawer-brand");
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        navigation.addClassName("app-navigation");
        addToDrawer(brand, new Scroller(navigation), signedInFooter(signedIn, secondFactor));
    }

    /** Menu titles are translation keys, so that the navigation speaks the user's language. */
    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), VaadinIcon.valueOf(entry.icon()).create());
    }

    private Div signedInFooter(SignedInAccount signedIn, SecondFactorService secondFactor) {
        var footer = new Div();
        footer.addClassName("app-drawer-footer");
        signedIn.get().ifPresent(account -> {
            var name = new Span(getTranslation("shell.signedInAs", account.displayName()));
            name.addClassName("app-signed-in-name");
            var role = new Span(getTranslation("role." + account.role().name()));
            role.addClassName("app-signed-in-role");
            footer.add(name, role);
        });
        footer.add(new SecondFactorReminder(secondFactor));
        var signOut = new Button(getTranslation("shell.signOut"), VaadinIcon.SIGN_OUT.create(), click -> signedIn.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("app-sign-out");
        footer.add(signOut);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        // what the account may open follows its authorities alone, which change e.g. after a forced password
        // change; listing the entries checks access to every view, too costly to repeat on each navigation
        Set<GrantedAuthority> authorities = signedIn.get()
                .map(principal -> Set.<GrantedAuthority>copyOf(principal.getAuthorities()))
                .orElse(Set.of());
        if (!authorities.equals(listedFor)) {
            navigation.removeAll();
            MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
            listedFor = authorities;
        }
    }
}
