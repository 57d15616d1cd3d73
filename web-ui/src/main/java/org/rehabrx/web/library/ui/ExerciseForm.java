package org.rehabrx.web.library.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.Text;
import org.rehabrx.web.shared.DomainMessages;
import org.rehabrx.web.shared.ui.DomainCheck;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The description of a clinician's own exercise and its levels, as a form. Values that do not make an
 * exercise stay in their fields, marked with the domain's message.
 */
class ExerciseForm extends Composite<Div> {

    private static final class Draft {
        String name = "";
        @Nullable BodyRegion bodyRegion;
        Set<ExercisePurpose> purposes = Set.of();
        String equipment = "";
        String steps = "";
        String cues = "";
        String precautions = "";
        Set<HealthFlag> cautionFlags = Set.of();
    }

    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();
    private final TextField name = new TextField();
    private final ComboBox<BodyRegion> bodyRegion = new ComboBox<>();
    private final CheckboxGroup<ExercisePurpose> purposes = new CheckboxGroup<>();
    private final TextArea equipment = new TextArea();
    private final TextArea steps = new TextArea();
    private final TextArea cues = new TextArea();
    private final TextArea precautions = new TextArea();
    private final CheckboxGroup<HealthFlag> cautionFlags = new CheckboxGroup<>();
    private final Div levels = new Div();
    private final List<LevelForm> levelForms = new ArrayList<>();
    private final Button addLevel = new Button(VaadinIcon.PLUS.create());
    private final Span problem = new Span();
    private boolean tracking;
    private boolean changed;

    ExerciseForm(@Nullable ExerciseDescription description) {
        name.setLabel(getTranslation("library.field.name"));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        bodyRegion.setLabel(getTranslation("library.field.region"));
        bodyRegion.setItems(BodyRegion.values());
        bodyRegion.setItemLabelGenerator(value -> getTranslation("bodyRegion." + value.name()));
        purposes.setLabel(getTranslation("library.field.purposes"));
        purposes.setItems(ExercisePurpose.values());
        purposes.setItemLabelGenerator(value -> getTranslation("exercisePurpose." + value.name()));
        lines(equipment, "library.field.equipment");
        lines(steps, "library.field.steps");
        lines(cues, "library.field.cues");
        lines(precautions, "library.field.precautions");
        cautionFlags.setLabel(getTranslation("library.field.cautionFlags"));
        cautionFlags.setItems(HealthFlag.values());
        cautionFlags.setItemLabelGenerator(value -> getTranslation("healthFlag." + value.name()));
        bind();

        var fields = new FormLayout(name, bodyRegion, purposes, equipment, steps, cues, precautions, cautionFlags);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        fields.setColspan(name, 2);
        fields.setColspan(steps, 2);
        fields.setColspan(cautionFlags, 2);
        addLevel.setText(getTranslation("library.level.add"));
        addLevel.addClickListener(click -> addLevel(new Level(levelForms.size() + 1,
                getTranslation("library.level.newName", levelForms.size() + 1), "",
                Dosage.reps(1, 10, 30, 1, 7, Side.BOTH, PainScore.of(3)))));
        levels.addClassName("library-levels");
        problem.addClassName("library-form-error");
        problem.getElement().setAttribute("role", "alert");
        getContent().addClassName("library-exercise-form");
        getContent().add(fields, new H3(getTranslation("library.levels")), levels, addLevel, problem);

        if (description != null) {
            show(description);
        } else {
            addLevel(new Level(1, getTranslation("library.level.newName", 1), "",
                    Dosage.reps(1, 10, 30, 1, 7, Side.BOTH, PainScore.of(3))));
        }
        binder.addValueChangeListener(change -> markChanged());
        tracking = true;
    }

    private void markChanged() {
        if (tracking) {
            changed = true;
        }
    }

    /** Whether the clinician changed anything since the form was filled. */
    boolean hasChanges() {
        return changed;
    }

    private void bind() {
        String required = getTranslation("library.form.required");
        binder.forField(name).asRequired(required)
                .withValidator(DomainCheck.accepts(value -> Text.required(value, "the exercise name",
                        ExerciseDescription.MAX_NAME_LENGTH)))
                .bind(d -> d.name, (d, value) -> d.name = value);
        binder.forField(bodyRegion).asRequired(required).bind(d -> d.bodyRegion, (d, value) -> d.bodyRegion = value);
        binder.forField(purposes).bind(d -> d.purposes, (d, value) -> d.purposes = value);
        binder.forField(equipment)
                .withValidator(DomainCheck.accepts(value -> Text.lines(split(value), "an equipment entry", 200)))
                .bind(d -> d.equipment, (d, value) -> d.equipment = value);
        binder.forField(steps)
                .withValidator(DomainCheck.accepts(value -> Text.lines(split(value), "a step", 1000)))
                .bind(d -> d.steps, (d, value) -> d.steps = value);
        binder.forField(cues)
                .withValidator(DomainCheck.accepts(value -> Text.lines(split(value), "a cue", 300)))
                .bind(d -> d.cues, (d, value) -> d.cues = value);
        binder.forField(precautions)
                .withValidator(DomainCheck.accepts(value -> Text.lines(split(value), "a precaution", 1000)))
                .bind(d -> d.precautions, (d, value) -> d.precautions = value);
        binder.forField(cautionFlags).bind(d -> d.cautionFlags, (d, value) -> d.cautionFlags = value);
        binder.setBean(draft);
    }

    private void show(ExerciseDescription description) {
        draft.name = description.name();
        draft.bodyRegion = description.bodyRegion();
        draft.purposes = description.purposes();
        draft.equipment = String.join("\n", description.equipment());
        draft.steps = String.join("\n", description.steps());
        draft.cues = String.join("\n", description.cues());
        draft.precautions = String.join("\n", description.precautions());
        draft.cautionFlags = description.cautionFlags();
        binder.setBean(draft);
        levels.removeAll();
        levelForms.clear();
        description.levels().forEach(this::addLevel);
    }

    private void addLevel(Level level) {
        var form = new LevelForm[1];
        form[0] = new LevelForm(level, () -> removeLevel(form[0]));
        form[0].addChangeListener(this::markChanged);
        levelForms.add(form[0]);
        levels.add(form[0]);
        renumber();
        markChanged();
    }

    private void removeLevel(LevelForm form) {
        levelForms.remove(form);
        levels.remove(form);
        renumber();
        markChanged();
    }

    private void renumber() {
        for (int i = 0; i < levelForms.size(); i++) {
            levelForms.get(i).renumber(i + 1);
            levelForms.get(i).allowRemoval(levelForms.size() > 1);
        }
    }

    /**
     * The description the form makes; empty, with every problem shown in the domain's words, while it makes
     * none. Nothing typed is cleared.
     */
    Optional<ExerciseDescription> description() {
        boolean valid = binder.validate().isOk();
        var chosenLevels = new ArrayList<Level>();
        for (var form : levelForms) {
            var level = form.level();
            valid &= level.isPresent();
            level.ifPresent(chosenLevels::add);
        }
        if (!valid) {
            problem.setText(getTranslation("library.form.fix"));
            return Optional.empty();
        }
        try {
            var description = new ExerciseDescription(draft.name, draft.bodyRegion, purposesOrNone(),
                    split(draft.equipment), split(draft.steps), split(draft.cues), split(draft.precautions),
                    draft.cautionFlags, chosenLevels);
            problem.setText("");
            return Optional.of(description);
        } catch (IllegalArgumentException | NullPointerException refused) {
            problem.setText(DomainMessages.translate(refused.getMessage()));
            return Optional.empty();
        }
    }

    private Set<ExercisePurpose> purposesOrNone() {
        return draft.purposes.isEmpty() ? Set.of() : EnumSet.copyOf(draft.purposes);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        levelForms.forEach(form -> form.setReadOnly(readOnly));
        addLevel.setVisible(!readOnly);
    }

    /** The form-wide problem shown, in the domain's words; empty when there is none. */
    String problem() {
        return problem.getText();
    }

    void focus() {
        name.focus();
    }

    private void lines(TextArea area, String labelKey) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation("library.field.onePerLine"));
        area.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private static List<String> split(@Nullable String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
