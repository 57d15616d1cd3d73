package org.rehabrx.web.secondfactor.ui;

import org.rehabrx.web.secondfactor.SecondFactorService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;

/**
 * A quiet suggestion beside the signed-in name: clinicians and admins without a second factor are pointed
 * to its set-up. It disappears on the next screen once one is set up.
 */
public class SecondFactorReminder extends Div implements AfterNavigationObserver {

    private final SecondFactorService secondFactor;

    public SecondFactorReminder(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("second-factor-reminder");
        var link = new RouterLink(SecondFactorView.class);
        link.add(VaadinIcon.SHIELD.create(), new Span(getTranslation("secondfactor.reminder")));
        link.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center")
                .set("font-size", "var(--lumo-font-size-s)");
        add(link);
        setVisible(false);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setVisible(secondFactor.isRecommended());
    }
}
