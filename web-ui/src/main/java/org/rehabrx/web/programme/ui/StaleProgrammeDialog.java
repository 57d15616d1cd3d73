package org.rehabrx.web.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone else saved the programme since it was opened here. The clinician reloads it and either copies
 * their edits over the fresh version (kept unsaved, to review) or lets them go; nothing is lost silently.
 */
class StaleProgrammeDialog extends Dialog {

    StaleProgrammeDialog(Runnable copyEditsOver, Runnable discardEdits) {
        setHeaderTitle(getTranslation("programme.stale.title"));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(getTranslation("programme.stale.message")));
        var copy = new Button(getTranslation("programme.stale.copy"), click -> {
            close();
            copyEditsOver.run();
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button(getTranslation("programme.stale.discard"), click -> {
            close();
            discardEdits.run();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(discard, copy);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                copy.focus();
            }
        });
    }
}
