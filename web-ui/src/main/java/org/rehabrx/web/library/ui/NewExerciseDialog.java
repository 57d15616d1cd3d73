package org.rehabrx.web.library.ui;

import org.rehabrx.web.library.LibraryService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Writes a new exercise of the clinician's own, then opens it. */
class NewExerciseDialog extends Dialog {

    NewExerciseDialog(LibraryService library) {
        setHeaderTitle(getTranslation("library.action.new"));
        setWidth("min(56rem, 95vw)");
        var form = new ExerciseForm(null);
        add(form);
        var save = new Button(getTranslation("library.action.create"), click -> form.description().ifPresent(
                description -> {
                    var written = library.writeExercise(description);
                    var ui = getUI();
                    close();
                    ui.ifPresent(current -> current.navigate("library/" + written.id().value()));
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("library.action.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                form.focus();
            }
        });
    }
}
