package org.rehabrx.web.treatment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** One titled section of the patient page; its heading names it for screen readers. */
class Panel extends Section {

    protected final Div actions = new Div();
    private final H3 heading = new H3();

    Panel(String cssClass) {
        addClassNames("treatment-panel", cssClass);
        heading.setId(cssClass + "-heading");
        getElement().setAttribute("aria-labelledby", cssClass + "-heading");
        actions.addClassName("treatment-actions");
        var top = new Div(heading, actions);
        top.addClassName("treatment-panel-top");
        add(top);
    }

    protected void heading(String text) {
        heading.setText(text);
    }
}
