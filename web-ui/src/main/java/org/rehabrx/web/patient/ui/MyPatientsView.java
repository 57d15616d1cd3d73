package org.rehabrx.web.patient.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The clinician's home: the patients in their care. */
@Route("patients")
@Menu(order = 10, icon = "USER_HEART", title = "nav.patients")
@RolesAllowed("CLINICIAN")
public class MyPatientsView extends VerticalLayout implements HasDynamicTitle {

    public MyPatientsView() {
        addClassName("app-view");
        var intro = new Paragraph("The patients in your care will be listed here, with their home programmes, "
                + "session logs and progression proposals.");
        intro.addClassName("app-empty-state");
        add(intro);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.patients");
    }
}
