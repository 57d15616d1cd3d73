package org.rehabrx.web.library.ui;

import org.rehabrx.web.library.LibraryService;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Writes a new exercise of the clinician's own, then opens it. */
class NewExerciseDialog extends Dialog {

    private final ExerciseForm form = new ExerciseForm(null);
    private final Button save;

    NewExerciseDialog(LibraryService library) {
        setHeaderTitle(getTranslation("library.action.new"));
        setWidth("min(56rem, 95vw)");
        add(form);
        save = new Button(getTranslation("library.action.create"), click -> form.description().ifPresent(
                description -> {
                    var written = library.writeExercise(description);
                    var ui = getUI();
                    close();
                    ui.ifPresent(current -> current.navigate("library/" + written.id().value()));
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // plain Enter starts a new line in the multi-line fields
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL).listenOn(this);
        var cancel = new Button(getTranslation("library.action.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                form.focus();
            }
        });
    }

    Button createButton() {
        return save;
    }

    String problem() {
        return form.problem();
    }
}
