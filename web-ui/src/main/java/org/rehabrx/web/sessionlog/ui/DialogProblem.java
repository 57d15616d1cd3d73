package org.rehabrx.web.sessionlog.ui;

import com.vaadin.flow.component.html.Div;

/** What went wrong when a dialog's change was refused, announced to screen readers; the dialog stays open. */
final class DialogProblem extends Div {

    DialogProblem() {
        addClassName("sessionlog-dialog-problem");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(String message) {
        setText(message);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
