package org.rehabrx.web.programme.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The patient's home: the programme their clinician prescribed. */
@Route("my-programme")
@Menu(order = 10, icon = "CLIPBOARD_CHECK", title = "nav.programme")
@RolesAllowed("PATIENT")
public class MyProgrammeView extends VerticalLayout implements HasDynamicTitle {

    public MyProgrammeView() {
        addClassName("app-view");
        var intro = new Paragraph(getTranslation("programme.mine.placeholder"));
        intro.addClassName("app-empty-state");
        add(intro);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme");
    }
}
