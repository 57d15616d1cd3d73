package org.rehabrx.web.programme.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.UnacknowledgedCautionsException;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.NoSuchProgrammeException;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.shared.DomainMessages;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The programme editor. Everything typed is a working copy held here until Save: a DRAFT is saved in
 * place, an ACTIVE programme gets its next version. Leaving with unsaved changes asks first; a save over
 * someone else's newer version offers to copy the clinician's edits onto it.
 */
@Route("programmes/:programmeId/edit")
@RolesAllowed("CLINICIAN")
public class ProgrammeEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final ProgrammeService programmes;
    private final PatientService patients;
    private final LibraryService library;
    private final ClinicalMetrics metrics;

    private final Map<ExerciseId, Exercise> exercises = new HashMap<>();
    private final H3 heading = new H3();
    private final Span status = new Span();
    private final Anchor patientLink = new Anchor();
    private final Button save = new Button();
    private final Span saveHelp = new Span();
    private final Button activate = new Button();
    private final Anchor preview = new Anchor();
    private final Anchor download = new Anchor();
    private final Span message = new Span();
    private final Span error = new Span();
    private final Paragraph closedNote = new Paragraph();

    private ProgrammeDetailsForm details;
    private PrescribedExerciseList exerciseList;
    private CautionPanel cautions;
    private OrthoticNotesEditor orthoticNotes;
    private EducationBlockChooser educationBlocks;
    private ProgressionRulesForm rules;

    private Programme loaded;
    private boolean dirty;

    public ProgrammeEditorView(ProgrammeService programmes, PatientService patients, LibraryService library,
                               ClinicalMetrics metrics) {
        this.programmes = programmes;
        this.patients = patients;
        this.library = library;
        this.metrics = metrics;
        addClassNames("app-view", "programme-editor");
        setPadding(true);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("programmeId").flatMap(ProgrammeEditorView::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Patient patient;
        try {
            loaded = programmes.find(id.get());
            patient = patients.find(loaded.patient());
        } catch (NoSuchProgrammeException | NoSuchPatientException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        library.exercises().forEach(exercise -> exercises.put(exercise.id(), exercise));
        programmes.exercisesOf(loaded.id()).forEach(exercise -> exercises.put(exercise.id(), exercise));
        build(patient);
        showContent(loaded.content());
        showStatus();
        details.focusTitle();
    }

    private static Optional<ProgrammeId> parse(String value) {
        try {
            return Optional.of(new ProgrammeId(UUID.fromString(value)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private void build(Patient patient) {
        heading.setText(getTranslation("programme.editor.heading", patient.name(), patient.reference().value()));
        heading.addClassName("programme-editor-heading");
        status.addClassName("programme-status");
        patientLink.setHref("patients/" + patient.id().value());
        patientLink.setText(getTranslation("programme.editor.backToPatient"));
        var header = new Div(new Div(heading, status), patientLink);
        header.addClassName("programme-editor-header");

        details = new ProgrammeDetailsForm(this::markDirty);
        exerciseList = new PrescribedExerciseList(this::markDirty, this::refreshCautions);
        cautions = new CautionPanel(this::acknowledge);
        orthoticNotes = new OrthoticNotesEditor(this::markDirty);
        educationBlocks = new EducationBlockChooser(library.educationBlocks(), this::markDirty);
        rules = new ProgressionRulesForm(this::markDirty);

        var addExercise = new Button(getTranslation("programme.exercises.add"), VaadinIcon.PLUS.create(),
                click -> new ExercisePicker(library.exercises(), exerciseList.exerciseIds(), exerciseList::add).open());
        addExercise.addThemeVariants(ButtonVariant.LUMO_CONTRAST);

        closedNote.addClassName("programme-closed-note");
        closedNote.setVisible(false);
        add(header, actions(), closedNote,
                section("programme.section.details", details),
                section("programme.section.exercises", exerciseList, addExercise),
                section("programme.section.cautions", cautions),
                section("programme.section.orthotic", orthoticNotes),
                section("programme.section.education", educationBlocks),
                section("programme.section.rules", rules));
    }

    private Component actions() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        activate.setText(getTranslation("programme.editor.activate"));
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(click -> activate());
        var id = loaded.id().value();
        preview.setHref("handouts/" + id + "?inline=true");
        preview.setTarget(AnchorTarget.BLANK);
        preview.setRouterIgnore(true);
        preview.setText(getTranslation("programme.editor.preview"));
        preview.setTitle(getTranslation("programme.editor.pdfHelp"));
        download.setHref("handouts/" + id);
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.setText(getTranslation("programme.editor.download"));
        download.setTitle(getTranslation("programme.editor.pdfHelp"));
        preview.addClassName("programme-pdf-link");
        download.addClassName("programme-pdf-link");
        saveHelp.addClassName("programme-save-help");
        message.addClassName("programme-message");
        message.getElement().setAttribute("role", "status");
        error.addClassName("programme-error");
        error.getElement().setAttribute("role", "alert");
        var buttons = new Div(save, activate, preview, download);
        buttons.addClassName("programme-actions-buttons");
        var bar = new Div(buttons, saveHelp, message, error);
        bar.addClassName("programme-actions");
        return bar;
    }

    private static Section section(String titleKey, Component... content) {
        var section = new Section();
        section.addClassName("programme-section");
        var title = new H3();
        title.setText(section.getTranslation(titleKey));
        section.add(title);
        section.add(content);
        return section;
    }

    private void showContent(ProgrammeContent content) {
        details.show(content);
        exerciseList.show(content.exercises(), exercises);
        orthoticNotes.show(content.orthoticNotes());
        educationBlocks.show(content.educationBlocks());
        rules.show(content.rules());
        refreshCautions();
    }

    private void showStatus() {
        var state = loaded.status();
        status.setText(getTranslation("programme.statusAndVersion", getTranslation("programmeStatus." + state.name()),
                loaded.number()));
        status.getElement().setAttribute("data-status", state.name().toLowerCase(java.util.Locale.ROOT));
        boolean editable = state == ProgrammeStatus.DRAFT || state == ProgrammeStatus.ACTIVE;
        save.setText(state == ProgrammeStatus.ACTIVE
                ? getTranslation("programme.editor.saveVersion", loaded.number() + 1)
                : getTranslation("programme.editor.saveDraft"));
        saveHelp.setText(state == ProgrammeStatus.ACTIVE
                ? getTranslation("programme.editor.saveVersion.help", loaded.number() + 1, loaded.number())
                : getTranslation("programme.editor.saveDraft.help"));
        save.setEnabled(editable);
        activate.setVisible(state == ProgrammeStatus.DRAFT);
        closedNote.setVisible(!editable);
        closedNote.setText(editable ? "" : getTranslation("programme.editor.closed"));
    }

    private void markDirty() {
        message.setText(getTranslation("programme.editor.unsaved"));
        if (!dirty) {
            dirty = true;
            guardBrowserClose(true);
        }
    }

    private void markSaved(String what) {
        dirty = false;
        guardBrowserClose(false);
        error.setText("");
        message.setText(what);
        showStatus();
    }

    /** Asks the browser to confirm closing or reloading the tab while changes are unsaved. */
    private void guardBrowserClose(boolean guard) {
        getElement().executeJs("window.onbeforeunload = $0 ? (e) => { e.preventDefault(); e.returnValue = ''; }"
                + " : null", guard);
    }

    /** The working copy as one content, when every part of it is accepted; shows every problem otherwise. */
    private Optional<ProgrammeContent> workingCopy() {
        var typedDetails = details.details();
        var typedExercises = exerciseList.prescribed();
        var typedRules = rules.rules();
        if (typedDetails.isEmpty() || typedExercises.isEmpty() || typedRules.isEmpty()) {
            error.setText(getTranslation("programme.editor.fixFirst"));
            return Optional.empty();
        }
        var form = typedDetails.get();
        try {
            return Optional.of(new ProgrammeContent(form.title, form.goal, form.startDate, form.reviewDate,
                    typedExercises.get(), orthoticNotes.notes(), educationBlocks.chosen(), typedRules.get(),
                    form.baselinePain, loaded.content().acknowledgements()));
        } catch (IllegalArgumentException | NullPointerException refused) {
            error.setText(DomainMessages.translate(refused.getMessage()));
            return Optional.empty();
        }
    }

    private boolean save() {
        var content = workingCopy();
        if (content.isEmpty()) {
            return false;
        }
        boolean wasActive = loaded.status() == ProgrammeStatus.ACTIVE;
        try {
            var saving = loaded;
            loaded = metrics.timeProgrammeSave(() -> programmes.saveChanges(saving.id(), saving.version(),
                    content.get()));
        } catch (ConcurrentChangeException stale) {
            new StaleProgrammeDialog(this::copyEditsOver, this::discardEdits).open();
            return false;
        } catch (UnacknowledgedCautionsException | IllegalArgumentException | IllegalStateException refused) {
            error.setText(DomainMessages.translate(refused.getMessage()));
            return false;
        }
        var saved = wasActive ? getTranslation("programme.editor.savedVersion", loaded.number())
                : getTranslation("programme.editor.savedDraft");
        markSaved(saved);
        refreshCautions();
        Notification.show(saved);
        return true;
    }

    private void activate() {
        if (dirty && !save()) {
            return;
        }
        try {
            loaded = programmes.activate(loaded.id(), loaded.version());
        } catch (ConcurrentChangeException stale) {
            new StaleProgrammeDialog(this::copyEditsOver, this::discardEdits).open();
            return;
        } catch (UnacknowledgedCautionsException | IllegalStateException refused) {
            error.setText(DomainMessages.translate(refused.getMessage()));
            return;
        }
        var activated = getTranslation("programme.editor.activated", loaded.number());
        markSaved(activated);
        Notification.show(activated);
    }

    private Optional<String> acknowledge(Caution caution, String reason) {
        try {
            loaded = programmes.acknowledgeCaution(loaded.id(), loaded.version(), caution.exercise(), caution.flag(),
                    reason);
        } catch (ConcurrentChangeException stale) {
            new StaleProgrammeDialog(this::copyEditsOver, this::discardEdits).open();
            return Optional.empty();
        } catch (UnacknowledgedCautionsException refused) {
            error.setText(DomainMessages.translate(refused.getMessage()));
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return Optional.of(DomainMessages.translate(refused.getMessage()));
        }
        showStatus();
        refreshCautions();
        message.setText(getTranslation("programme.cautions.recorded"));
        return Optional.empty();
    }

    /** The fresh version becomes the base; everything typed here stays, unsaved, for the clinician to review. */
    private void copyEditsOver() {
        loaded = programmes.find(loaded.id());
        showStatus();
        refreshCautions();
        dirty = true;
        error.setText("");
        message.setText(getTranslation("programme.stale.copied"));
    }

    private void discardEdits() {
        loaded = programmes.find(loaded.id());
        programmes.exercisesOf(loaded.id()).forEach(exercise -> exercises.put(exercise.id(), exercise));
        showContent(loaded.content());
        markSaved(getTranslation("programme.stale.discarded"));
    }

    /** The cautions of the exercises in the working copy, whatever their typed dosages. */
    private void refreshCautions() {
        var ids = exerciseList.exerciseIds();
        var stored = loaded.content();
        var probe = new ProgrammeContent(stored.title(), stored.goal(), stored.startDate(), stored.reviewDate(),
                ids.stream().map(id -> new PrescribedExercise(id, 1, exercises.get(id).level(1).defaultDosage(), ""))
                        .toList(),
                List.of(), List.of(), stored.rules(), stored.baselinePain(), List.of());
        cautions.show(programmes.cautionsOf(loaded.id(), probe), stored.acknowledgements());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("programme.leave.title"));
        confirm.setText(getTranslation("programme.leave.message"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("programme.leave.stay"));
        confirm.setConfirmText(getTranslation("programme.leave.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            dirty = false;
            guardBrowserClose(false);
            action.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.editor.title");
    }

    // package-private for the browserless tests
    boolean hasUnsavedChanges() {
        return dirty;
    }

    Programme loadedProgramme() {
        return loaded;
    }

    List<String> exerciseOrder() {
        return exerciseList.exerciseNames();
    }
}
