package org.rehabrx.web.programme.ui;

import java.util.Optional;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.web.shared.ui.DosageForm;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** One prescribed exercise: its level (with what the level means), dosage and the clinician's note. */
class PrescribedExerciseCard extends Composite<Div> {

    /** What the list does when the clinician moves, removes or changes this exercise. */
    interface Actions {
        void moveUp(PrescribedExerciseCard card);

        void moveDown(PrescribedExerciseCard card);

        void remove(PrescribedExerciseCard card);

        void changed();
    }

    private final Exercise exercise;
    private final Select<Level> level = new Select<>();
    private final Paragraph levelMeaning = new Paragraph();
    private final DosageForm dosage;
    private final TextArea note = new TextArea();
    private final Button up = iconButton(VaadinIcon.ARROW_UP, "programme.exercise.up");
    private final Button down = iconButton(VaadinIcon.ARROW_DOWN, "programme.exercise.down");

    PrescribedExerciseCard(Exercise exercise, PrescribedExercise prescribed, Actions actions) {
        this.exercise = exercise;
        var name = new H4(exercise.name());
        name.addClassName("programme-exercise-name");

        level.setLabel(getTranslation("programme.exercise.level"));
        level.setItems(exercise.description().levels());
        level.setItemLabelGenerator(item -> getTranslation("programme.exercise.levelItem", item.number(), item.name()));
        level.setValue(exercise.level(prescribed.level()));
        levelMeaning.addClassName("programme-level-meaning");
        showMeaning(level.getValue());

        dosage = new DosageForm(prescribed.dosage());
        dosage.addChangeListener(actions::changed);
        level.addValueChangeListener(event -> {
            showMeaning(event.getValue());
            if (event.isFromClient()) {
                dosage.setDosage(event.getValue().defaultDosage());
                actions.changed();
            }
        });

        note.setLabel(getTranslation("programme.exercise.note"));
        note.setMaxLength(1000);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValue(prescribed.clinicianNote());
        note.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                actions.changed();
            }
        });

        up.addClickListener(click -> actions.moveUp(this));
        down.addClickListener(click -> actions.moveDown(this));
        var remove = iconButton(VaadinIcon.TRASH, "programme.exercise.remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> actions.remove(this));
        up.getElement().setAttribute("aria-label", getTranslation("programme.exercise.up.of", exercise.name()));
        down.getElement().setAttribute("aria-label", getTranslation("programme.exercise.down.of", exercise.name()));
        remove.getElement().setAttribute("aria-label", getTranslation("programme.exercise.remove.of", exercise.name()));

        var header = new Div(name, new Div(up, down, remove));
        header.addClassName("programme-exercise-header");
        var levelRow = new Div(level, levelMeaning);
        levelRow.addClassName("programme-exercise-level");
        getContent().addClassName("programme-exercise-card");
        getContent().add(header, levelRow, dosage, note);
    }

    private void showMeaning(Level shown) {
        levelMeaning.setText(shown.instructions().isBlank()
                ? getTranslation("programme.exercise.levelNoInstructions") : shown.instructions());
    }

    ExerciseId exerciseId() {
        return exercise.id();
    }

    String exerciseName() {
        return exercise.name();
    }

    /** The first card cannot move up, the last cannot move down. */
    void setPosition(int index, int count) {
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    /** The prescription as typed, when every value is accepted. */
    Optional<PrescribedExercise> prescribed() {
        return dosage.dosage().map(typed -> new PrescribedExercise(exercise.id(), level.getValue().number(), typed,
                note.getValue()));
    }

    /** Shows every problem; true when the prescription can be saved. */
    boolean validate() {
        return dosage.validate();
    }

    private Button iconButton(VaadinIcon icon, String tooltipKey) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setTooltipText(getTranslation(tooltipKey));
        return button;
    }
}
