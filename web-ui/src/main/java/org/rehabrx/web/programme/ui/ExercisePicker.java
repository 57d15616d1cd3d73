package org.rehabrx.web.programme.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Finds an exercise in the library by name, body region, purpose and equipment, and adds it to the
 * programme at level 1. Exercises already prescribed are not offered again.
 */
class ExercisePicker extends Dialog {

    private final TextField search = new TextField();
    private final Select<BodyRegion> region = new Select<>();
    private final Select<ExercisePurpose> purpose = new Select<>();
    private final Select<String> equipment = new Select<>();
    private final Grid<Exercise> grid = new Grid<>();
    private final GridListDataView<Exercise> results;
    private final Button add = new Button();

    ExercisePicker(List<Exercise> library, Collection<ExerciseId> alreadyPrescribed, Consumer<Exercise> picked) {
        setHeaderTitle(getTranslation("programme.picker.title"));
        addClassName("programme-picker");
        setWidth("min(56rem, 95vw)");

        search.setLabel(getTranslation("programme.picker.search"));
        search.setPlaceholder(getTranslation("programme.picker.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        region.setLabel(getTranslation("programme.picker.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("programme.picker.any"));
        region.setItems(BodyRegion.values());
        region.setItemLabelGenerator(value -> value == null ? getTranslation("programme.picker.any")
                : getTranslation("bodyRegion." + value.name()));
        purpose.setLabel(getTranslation("programme.picker.purpose"));
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(getTranslation("programme.picker.any"));
        purpose.setItems(ExercisePurpose.values());
        purpose.setItemLabelGenerator(value -> value == null ? getTranslation("programme.picker.any")
                : getTranslation("exercisePurpose." + value.name()));
        equipment.setLabel(getTranslation("programme.picker.equipment"));
        equipment.setEmptySelectionAllowed(true);
        equipment.setEmptySelectionCaption(getTranslation("programme.picker.any"));
        equipment.setItems(library.stream().flatMap(exercise -> exercise.description().equipment().stream())
                .distinct().sorted().toList());

        grid.addColumn(Exercise::name).setHeader(getTranslation("programme.picker.name")).setFlexGrow(3);
        grid.addColumn(exercise -> getTranslation("bodyRegion." + exercise.description().bodyRegion().name()))
                .setHeader(getTranslation("programme.picker.region"));
        grid.addColumn(exercise -> exercise.levelCount()).setHeader(getTranslation("programme.picker.levels"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation(offered(library, alreadyPrescribed).isEmpty()
                ? "programme.picker.allPrescribed" : "programme.picker.noMatch"));
        grid.setHeight("18rem");
        grid.getElement().setAttribute("aria-label", getTranslation("programme.picker.results"));
        results = grid.setItems(offered(library, alreadyPrescribed));
        results.setFilter(this::matches);
        grid.addSelectionListener(selection -> add.setEnabled(selection.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(click -> choose(click.getItem(), picked));

        search.addValueChangeListener(change -> results.refreshAll());
        region.addValueChangeListener(change -> results.refreshAll());
        purpose.addValueChangeListener(change -> results.refreshAll());
        equipment.addValueChangeListener(change -> results.refreshAll());

        var filters = new FormLayout(search, region, purpose, equipment);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 4));
        filters.setColspan(search, 1);
        add(filters, grid);

        add.setText(getTranslation("programme.picker.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.addClickListener(click -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(exercise -> choose(exercise, picked)));
        add.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("programme.cancel"), click -> close());
        getFooter().add(cancel, add);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                search.focus();
            }
        });
    }

    private static List<Exercise> offered(List<Exercise> library, Collection<ExerciseId> alreadyPrescribed) {
        return library.stream().filter(exercise -> !alreadyPrescribed.contains(exercise.id())).toList();
    }

    /** How many exercises the current search and filters show. */
    int shownCount() {
        return results.getItemCount();
    }

    List<Exercise> shown() {
        return results.getItems().toList();
    }

    private void choose(Exercise exercise, Consumer<Exercise> picked) {
        picked.accept(exercise);
        close();
    }

    private boolean matches(Exercise exercise) {
        var description = exercise.description();
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        return (text.isEmpty() || exercise.name().toLowerCase(Locale.ROOT).contains(text))
                && (region.getValue() == null || description.bodyRegion() == region.getValue())
                && (purpose.getValue() == null || description.purposes().contains(purpose.getValue()))
                && (equipment.getValue() == null || description.equipment().stream()
                        .anyMatch(item -> Objects.equals(item, equipment.getValue())));
    }
}
