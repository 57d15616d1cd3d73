package org.rehabrx.web.library.ui;

import java.util.Optional;

import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.shared.Text;
import org.rehabrx.web.shared.DomainMessages;
import org.rehabrx.web.shared.ui.DomainCheck;
import org.rehabrx.web.shared.ui.DosageForm;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/** One level of an exercise being edited: its name, what changes at this level, and its default dosage. */
class LevelForm extends Composite<Div> {

    private static final class Draft {
        String name = "";
        String instructions = "";
    }

    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();
    private final H4 title = new H4();
    private final TextField name = new TextField();
    private final TextArea instructions = new TextArea();
    private final DosageForm dosage;
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Span problem = new Span();
    private int number;

    LevelForm(Level level, Runnable onRemove) {
        this.number = level.number();
        this.dosage = new DosageForm(level.defaultDosage());
        name.setLabel(getTranslation("library.level.name"));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setWidthFull();
        instructions.setLabel(getTranslation("library.level.instructions"));
        instructions.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setWidthFull();
        binder.forField(name).asRequired(getTranslation("library.form.required"))
                .withValidator(DomainCheck.accepts(value -> Text.required(value, "a name for level " + number, 100)))
                .bind(d -> d.name, (d, value) -> d.name = value);
        binder.forField(instructions)
                .withValidator(DomainCheck.accepts(value -> Text.optional(value,
                        "the instruction text of level " + number, 2000)))
                .bind(d -> d.instructions, (d, value) -> d.instructions = value);
        draft.name = level.name();
        draft.instructions = level.instructions();
        binder.setBean(draft);

        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.run());
        problem.addClassName("library-form-error");
        problem.getElement().setAttribute("role", "alert");
        var header = new HorizontalLayout(title, remove);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.addClassName("library-level-header");
        getContent().addClassName("library-level-form");
        getContent().add(header, name, instructions, dosage, problem);
        renumber(number);
    }

    void renumber(int newNumber) {
        number = newNumber;
        title.setText(getTranslation("library.level.title", newNumber));
        remove.setAriaLabel(getTranslation("library.level.remove", newNumber));
        remove.setTooltipText(getTranslation("library.level.remove", newNumber));
    }

    void allowRemoval(boolean allowed) {
        remove.setEnabled(allowed);
    }

    /** The level the fields make, numbered as shown; empty with every problem marked while they do not. */
    Optional<Level> level() {
        boolean fieldsValid = binder.validate().isOk();
        boolean dosageValid = dosage.validate();
        var chosen = dosage.dosage();
        if (!fieldsValid || !dosageValid || chosen.isEmpty()) {
            return Optional.empty();
        }
        try {
            problem.setText("");
            return Optional.of(new Level(number, draft.name, draft.instructions, chosen.get()));
        } catch (IllegalArgumentException refused) {
            problem.setText(DomainMessages.translate(refused.getMessage()));
            return Optional.empty();
        }
    }

    void addChangeListener(Runnable listener) {
        binder.addValueChangeListener(change -> listener.run());
        dosage.addChangeListener(listener);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        dosage.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
