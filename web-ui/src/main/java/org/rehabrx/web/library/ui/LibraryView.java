package org.rehabrx.web.library.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.web.library.LibraryService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The exercise library: the shipped exercises and the clinician's own, searched and filtered as they type. */
@Route("library")
@Menu(order = 30, icon = "BOOK", title = "library.nav")
@RolesAllowed("CLINICIAN")
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    /** Which exercises to show by where they come from. */
    enum OriginFilter {
        ALL, SHIPPED, OWN
    }

    private final LibraryService library;
    private final TextField search = new TextField();
    private final ComboBox<BodyRegion> region = new ComboBox<>();
    private final ComboBox<ExercisePurpose> purpose = new ComboBox<>();
    private final ComboBox<String> equipment = new ComboBox<>();
    private final Select<OriginFilter> origin = new Select<>();
    private final Grid<Exercise> grid = new Grid<>();
    private final Span count = new Span();
    private final ListDataProvider<Exercise> exercises;

    public LibraryView(LibraryService library) {
        this.library = library;
        addClassNames("app-view", "library-view");
        var all = library.exercises();
        exercises = new ListDataProvider<>(all);

        search.setLabel(getTranslation("library.search"));
        search.setPlaceholder(getTranslation("library.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        region.setLabel(getTranslation("library.field.region"));
        region.setItems(BodyRegion.values());
        region.setItemLabelGenerator(value -> getTranslation("bodyRegion." + value.name()));
        region.setClearButtonVisible(true);
        purpose.setLabel(getTranslation("library.filter.purpose"));
        purpose.setItems(ExercisePurpose.values());
        purpose.setItemLabelGenerator(value -> getTranslation("exercisePurpose." + value.name()));
        purpose.setClearButtonVisible(true);
        equipment.setLabel(getTranslation("library.field.equipment"));
        equipment.setItems(all.stream().flatMap(exercise -> exercise.description().equipment().stream())
                .distinct().sorted().toList());
        equipment.setClearButtonVisible(true);
        origin.setLabel(getTranslation("library.filter.origin"));
        origin.setItems(OriginFilter.values());
        origin.setItemLabelGenerator(value -> getTranslation("library.origin." + value.name()));
        origin.setValue(OriginFilter.ALL);
        List<com.vaadin.flow.component.HasValue<?, ?>> filterFields = List.of(search, region, purpose, equipment,
                origin);
        filterFields.forEach(field -> field.addValueChangeListener(change -> applyFilters()));

        var newExercise = new Button(getTranslation("library.action.new"), VaadinIcon.PLUS.create(),
                click -> new NewExerciseDialog(library).open());
        newExercise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(search, region, purpose, equipment, origin);
        filters.addClassName("library-filters");
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(count, newExercise);
        actions.addClassName("library-actions");
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        count.getElement().setAttribute("aria-live", "polite");

        configureGrid();
        add(filters, actions, grid);
        setSizeFull();
        applyFilters();
    }

    private void configureGrid() {
        grid.addClassName("library-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("library.grid"));
        grid.addComponentColumn(exercise -> new RouterLink(exercise.name(), ExerciseView.class,
                        new RouteParameters("exerciseId", exercise.id().value().toString())))
                .setHeader(getTranslation("library.field.name")).setComparator(Exercise::name)
                .setFlexGrow(3).setKey("name");
        grid.addColumn(exercise -> getTranslation("bodyRegion." + exercise.description().bodyRegion().name()))
                .setHeader(getTranslation("library.field.region")).setSortable(true).setFlexGrow(1);
        grid.addColumn(exercise -> String.join(", ", exercise.description().purposes().stream().sorted()
                        .map(value -> getTranslation("exercisePurpose." + value.name())).toList()))
                .setHeader(getTranslation("library.field.purposes")).setFlexGrow(3);
        grid.addColumn(Exercise::levelCount).setHeader(getTranslation("library.column.levels"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(exercise -> exercise.description().cautionFlags().isEmpty() ? ""
                        : String.join(", ", exercise.description().cautionFlags().stream().sorted()
                        .map(flag -> getTranslation("healthFlag.short." + flag.name())).toList()))
                .setHeader(getTranslation("library.field.cautionFlags")).setFlexGrow(3);
        grid.addColumn(exercise -> getTranslation(exercise.isShipped() ? "library.origin.SHIPPED"
                : "library.origin.OWN")).setHeader(getTranslation("library.filter.origin")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(exercises);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
    }

    private void applyFilters() {
        var words = search.getValue().strip().toLowerCase(Locale.ROOT);
        exercises.setFilter(exercise -> matches(exercise, words));
        count.setText(getTranslation("library.count", exercises.size(new com.vaadin.flow.data.provider.Query<>())));
    }

    private boolean matches(Exercise exercise, String words) {
        var description = exercise.description();
        return (words.isEmpty() || exercise.name().toLowerCase(Locale.ROOT).contains(words))
                && (region.getValue() == null || description.bodyRegion() == region.getValue())
                && (purpose.getValue() == null || description.purposes().contains(purpose.getValue()))
                && (equipment.getValue() == null || description.equipment().contains(equipment.getValue()))
                && switch (Objects.requireNonNullElse(origin.getValue(), OriginFilter.ALL)) {
                    case ALL -> true;
                    case SHIPPED -> exercise.isShipped();
                    case OWN -> !exercise.isShipped();
                };
    }

    /** The exercises the filters let through, in the grid's order. */
    List<Exercise> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.nav");
    }
}
