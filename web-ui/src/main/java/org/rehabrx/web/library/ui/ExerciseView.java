package org.rehabrx.web.library.ui;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.shared.DomainMessages;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One exercise: a shipped one read-only with "Clone"; the clinician's own one as an editable form. Both show
 * the start and end pictures side by side.
 */
@Route("library/:exerciseId")
@RolesAllowed("CLINICIAN")
public class ExerciseView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final LibraryService library;
    private @Nullable Exercise exercise;
    private @Nullable ExerciseForm form;
    private final Div conflict = new Div();

    public ExerciseView(LibraryService library) {
        this.library = library;
        addClassNames("app-view", "library-exercise-view");
        conflict.addClassName("library-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameter = event.getRouteParameters().get("exerciseId").orElse("");
        try {
            show(library.exercise(new ExerciseId(UUID.fromString(parameter))));
        } catch (IllegalArgumentException | AccessDeniedException notInYourLibrary) {
            exercise = null;
            removeAll();
            add(backLink(), new Paragraph(getTranslation("library.exercise.notFound")));
        }
    }

    /** Leaving with unsaved edits asks first, so that nothing typed is lost by a stray click. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form == null || !form.hasChanges()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("library.leave.title"));
        confirm.setText(getTranslation("library.leave.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("library.leave.stay"));
        confirm.setConfirmText(getTranslation("library.leave.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            form = null;
            action.proceed();
        });
        confirm.open();
    }

    private void show(Exercise shown) {
        exercise = shown;
        form = null;
        conflict.setVisible(false);
        removeAll();
        var origin = new Span(getTranslation(shown.isShipped() ? "library.origin.SHIPPED" : "library.origin.OWN"));
        origin.getElement().getThemeList().add("badge" + (shown.isShipped() ? "" : " success"));
        var header = new HorizontalLayout(backLink(), origin);
        header.setAlignItems(Alignment.CENTER);
        header.addClassName("library-exercise-header");
        add(header);
        if (shown.isShipped()) {
            var clone = new Button(getTranslation("library.action.clone"), VaadinIcon.COPY.create(),
                    click -> cloneShown());
            clone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addToEnd(clone);
            add(new Paragraph(getTranslation("library.exercise.shippedNote")), pictures(shown),
                    new ExerciseDetails(shown));
        } else {
            var editor = new ExerciseForm(shown.description());
            form = editor;
            var save = new Button(getTranslation("library.action.save"), VaadinIcon.CHECK.create(), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
            save.setTooltipText(getTranslation("library.action.saveShortcut"));
            header.addToEnd(save);
            add(conflict, pictures(shown), editor);
        }
    }

    private HorizontalLayout pictures(Exercise shown) {
        boolean editable = !shown.isShipped();
        var pictures = new HorizontalLayout(new PicturePanel(library, shown, ImagePosition.START, editable),
                new PicturePanel(library, shown, ImagePosition.END, editable));
        pictures.addClassName("library-pictures");
        pictures.setWidthFull();
        return pictures;
    }

    private RouterLink backLink() {
        var back = new RouterLink(getTranslation("library.exercise.back"), LibraryView.class);
        back.addClassName("library-back");
        return back;
    }

    private void cloneShown() {
        if (exercise == null) {
            return;
        }
        var copy = library.cloneExercise(exercise.id());
        Notification.show(getTranslation("library.exercise.cloned", copy.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("library/" + copy.id().value()));
    }

    private void save() {
        if (exercise == null || form == null) {
            return;
        }
        saveOver(exercise.version());
    }

    /** Saves the form over the given stored version; a newer one shows the conflict and keeps every edit. */
    private void saveOver(long version) {
        if (exercise == null || form == null) {
            return;
        }
        var description = form.description();
        if (description.isEmpty()) {
            return;
        }
        try {
            var saved = library.reviseExercise(exercise.id(), version, description.get());
            show(saved);
            Notification.show(getTranslation("library.exercise.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentChangeException changed) {
            showConflict();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(DomainMessages.translate(refused.getMessage()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showConflict() {
        if (exercise == null) {
            return;
        }
        var id = exercise.id();
        conflict.removeAll();
        var reload = new Button(getTranslation("library.conflict.reload"),
                click -> show(library.exercise(id)));
        var keep = new Button(getTranslation("library.conflict.keepMine"),
                click -> saveOver(library.exercise(id).version()));
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph(getTranslation("library.conflict.message")), new HorizontalLayout(keep, reload));
        conflict.setVisible(true);
    }

    /** The message shown when someone else saved the exercise first; empty when there is none. */
    String conflictMessage() {
        return conflict.isVisible() ? conflict.getElement().getTextRecursively() : "";
    }

    @Override
    public String getPageTitle() {
        return exercise == null ? getTranslation("library.nav") : exercise.name();
    }

    /** The read-only description of a shipped exercise and its levels. */
    static final class ExerciseDetails extends Div {

        ExerciseDetails(Exercise shown) {
            addClassName("library-details");
            var description = shown.description();
            add(facts(shown));
            section("library.field.steps", description.steps(), true);
            section("library.field.cues", description.cues(), false);
            section("library.field.precautions", description.precautions(), false);
            section("library.field.equipment", description.equipment(), false);
            add(new H3(getTranslation("library.levels")));
            for (var level : description.levels()) {
                var card = new Div();
                card.addClassName("library-level");
                var name = new Span(getTranslation("library.level.title", level.number()) + " — " + level.name());
                name.addClassName("library-level-name");
                card.add(name);
                if (!level.instructions().isBlank()) {
                    card.add(new Paragraph(level.instructions()));
                }
                var dosage = new Paragraph(level.defaultDosage().sentence(getLocale()));
                dosage.addClassName("library-dosage-sentence");
                card.add(dosage);
                add(card);
            }
        }

        private Div facts(Exercise shown) {
            var description = shown.description();
            var facts = new Div();
            facts.addClassName("library-facts");
            facts.add(fact("library.field.region", getTranslation("bodyRegion." + description.bodyRegion().name())));
            facts.add(fact("library.field.purposes", String.join(", ", description.purposes().stream()
                    .sorted().map(purpose -> getTranslation("exercisePurpose." + purpose.name())).toList())));
            facts.add(fact("library.field.cautionFlags", description.cautionFlags().isEmpty()
                    ? getTranslation("library.flags.none")
                    : String.join(", ", description.cautionFlags().stream().sorted()
                    .map(flag -> getTranslation("healthFlag." + flag.name())).toList())));
            return facts;
        }

        private Div fact(String labelKey, String value) {
            var label = new Span(getTranslation(labelKey));
            label.addClassName("library-caption");
            var fact = new Div(label, new Span(value));
            fact.addClassName("library-fact");
            return fact;
        }

        private void section(String titleKey, List<String> lines, boolean ordered) {
            if (lines.isEmpty()) {
                return;
            }
            add(new H3(getTranslation(titleKey)));
            var list = ordered ? new com.vaadin.flow.component.html.OrderedList()
                    : new com.vaadin.flow.component.html.UnorderedList();
            lines.forEach(line -> list.add(new com.vaadin.flow.component.html.ListItem(line)));
            add(list);
        }
    }
}
