package org.rehabrx.web.programme.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.template.Template;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.shared.DomainMessages;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Starts a programme for a patient: from a template, from scratch, or as a copy of the patient's current
 * programme. The new programme is a DRAFT and opens in the editor. A patient follows one programme at a
 * time: the new one takes over from the active one when it is activated.
 */
@Route("patients/:patientId/new-programme")
@RolesAllowed("CLINICIAN")
public class NewProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One way to start. */
    record Start(@Nullable Template template, @Nullable Programme copyOf) {

        static final Start SCRATCH = new Start(null, null);
    }

    /** What the form collects, as typed. */
    static final class Form {
        @Nullable Start start;
        String title = "";
        @Nullable LocalDate startDate;
        @Nullable LocalDate reviewDate;
        PainScore baselinePain = PainScore.NONE;
    }

    private final ProgrammeService programmes;
    private final PatientService patients;
    private final LibraryService library;
    private final Clock clock;

    private final RadioButtonGroup<Start> start = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker reviewDate = new DatePicker();
    private final Select<PainScore> baselinePain = new Select<>();
    private final Span problem = new Span();
    private final Binder<Form> binder = new Binder<>();
    private boolean reviewDateTouched;
    private @Nullable PatientId patientId;

    public NewProgrammeView(ProgrammeService programmes, PatientService patients, LibraryService library,
                            Clock clock) {
        this.programmes = programmes;
        this.patients = patients;
        this.library = library;
        this.clock = clock;
        addClassNames("app-view", "programme-new");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("patientId").flatMap(NewProgrammeView::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Patient patient;
        List<Programme> existing;
        try {
            patient = patients.find(id.get());
            existing = programmes.programmesOf(patient.id());
        } catch (NoSuchPatientException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        patientId = patient.id();
        build(patient, existing);
    }

    private static Optional<PatientId> parse(String value) {
        try {
            return Optional.of(new PatientId(UUID.fromString(value)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private void build(Patient patient, List<Programme> existing) {
        var heading = new H3(getTranslation("programme.new.heading", patient.name(), patient.reference().value()));
        var back = new Anchor("patients/" + patient.id().value(), getTranslation("programme.editor.backToPatient"));
        add(heading, back);

        var active = existing.stream().filter(p -> p.status() == ProgrammeStatus.ACTIVE).findFirst();
        active.ifPresent(programme -> add(activeNote(programme)));
        if (!patient.isActive()) {
            add(new Paragraph(getTranslation("programme.new.archived")));
            return;
        }

        var options = new ArrayList<Start>();
        library.templates().forEach(template -> options.add(new Start(template, null)));
        options.add(Start.SCRATCH);
        var current = active.or(() -> existing.stream().filter(p -> p.status() != ProgrammeStatus.DRAFT).findFirst());
        current.ifPresent(programme -> options.add(new Start(null, programme)));
        start.setLabel(getTranslation("programme.new.start"));
        start.setItems(options);
        start.setItemLabelGenerator(this::label);
        start.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        title.setLabel(getTranslation("programme.details.title"));
        title.setMaxLength(200);
        title.setHelperText(getTranslation("programme.new.title.help"));
        startDate.setLabel(getTranslation("programme.details.startDate"));
        reviewDate.setLabel(getTranslation("programme.details.reviewDate"));
        reviewDate.setHelperText(getTranslation("programme.new.reviewDate.help"));
        baselinePain.setLabel(getTranslation("programme.details.baselinePain"));
        baselinePain.setHelperText(getTranslation("programme.details.baselinePain.help"));
        baselinePain.setItems(IntStream.rangeClosed(0, 10).mapToObj(PainScore::of).toList());
        baselinePain.setItemLabelGenerator(PainScore::toString);
        bind();

        var form = new FormLayout(start, title, startDate, reviewDate, baselinePain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        form.setColspan(start, 3);
        form.setColspan(title, 3);
        problem.addClassName("programme-error");
        problem.getElement().setAttribute("role", "alert");
        var create = new Button(getTranslation("programme.new.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        var formBox = new Div(form, problem, create);
        formBox.addClassName("programme-new-form");
        add(formBox);
        startDate.focus();
    }

    private Paragraph activeNote(Programme programme) {
        var note = new Paragraph(getTranslation("programme.new.activeNote", programme.number()) + " ");
        note.addClassName("programme-new-active-note");
        var edit = new Anchor("programmes/" + programme.id().value() + "/edit",
                getTranslation("programme.new.editActive", programme.number() + 1));
        note.add(edit);
        return note;
    }

    private String label(Start option) {
        if (option.template() != null) {
            return getTranslation("programme.new.fromTemplate", option.template().name());
        }
        if (option.copyOf() != null) {
            return getTranslation("programme.new.copy", option.copyOf().content().title(), option.copyOf().number());
        }
        return getTranslation("programme.new.scratch");
    }

    private void bind() {
        binder.forField(start).asRequired(getTranslation("programme.new.start.required"))
                .bind(form -> form.start, (form, value) -> form.start = value);
        binder.forField(title)
                .withValidator((value, context) -> start.getValue() == Start.SCRATCH && value.isBlank()
                        ? ValidationResult.error(getTranslation("programme.details.title.required"))
                        : ValidationResult.ok())
                .bind(form -> form.title, (form, value) -> form.title = value);
        binder.forField(startDate).asRequired(getTranslation("programme.details.date.required"))
                .bind(form -> form.startDate, (form, value) -> form.startDate = value);
        binder.forField(reviewDate).asRequired(getTranslation("programme.details.date.required"))
                .bind(form -> form.reviewDate, (form, value) -> form.reviewDate = value);
        binder.forField(baselinePain).bind(form -> form.baselinePain, (form, value) -> form.baselinePain = value);
        var form = new Form();
        form.startDate = LocalDate.now(clock);
        form.reviewDate = form.startDate.plusWeeks(4);
        form.title = getTranslation("programme.new.title.default");
        binder.setBean(form);
        start.addValueChangeListener(change -> {
            title.setVisible(change.getValue() == Start.SCRATCH);
            baselinePain.setVisible(change.getValue() == null || change.getValue().copyOf() == null);
        });
        start.setValue(start.getListDataView().getItems().findFirst().orElse(Start.SCRATCH));
        startDate.addValueChangeListener(change -> {
            if (change.getValue() != null && !reviewDateTouched) {
                reviewDate.setValue(change.getValue().plusWeeks(4));
            }
        });
        reviewDate.addValueChangeListener(change -> reviewDateTouched |= change.isFromClient());
    }

    private void create() {
        if (!binder.validate().isOk()) {
            return;
        }
        var form = binder.getBean();
        var chosen = form.start;
        Programme draft;
        try {
            if (chosen.template() != null) {
                draft = programmes.startFromTemplate(patientId,
                        chosen.template().id(), form.startDate, form.reviewDate, form.baselinePain);
            } else if (chosen.copyOf() != null) {
                draft = programmes.startFromCopy(chosen.copyOf().id(), form.startDate, form.reviewDate);
            } else {
                draft = programmes.startFromScratch(patientId, form.title, form.startDate, form.reviewDate,
                        form.baselinePain);
            }
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem.setText(DomainMessages.translate(refused.getMessage()));
            return;
        }
        UI.getCurrent().navigate("programmes/" + draft.id().value() + "/edit");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.new.title");
    }
}
