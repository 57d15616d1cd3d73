package org.rehabrx.web.treatment.ui;

import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.patient.PatientId;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.treatment.PatientRecord;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One patient's page for a clinician of the care team. An unknown or malformed id and a patient outside the
 * clinician's care look the same — "not found" — so that the page never tells whether a patient exists.
 */
@Route("patients/:patientId")
@RolesAllowed("CLINICIAN")
public class PatientView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "patientId";

    private final TreatmentService treatment;
    private final ProgrammeService programmes;
    private final SessionLogService sessionLogs;
    private final ClinicalMetrics metrics;
    private PatientId patientId = new PatientId(new UUID(0, 0));

    public PatientView(TreatmentService treatment, ProgrammeService programmes, SessionLogService sessionLogs,
                       ClinicalMetrics metrics) {
        this.treatment = treatment;
        this.programmes = programmes;
        this.sessionLogs = sessionLogs;
        this.metrics = metrics;
        addClassNames("app-view", "treatment-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).flatMap(PatientView::parse);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        patientId = id.get();
        reload();
    }

    /** Reads the record again, e.g. after a session was logged. */
    void reload() {
        metrics.timePatientPage(this::build);
    }

    private void build() {
        PatientRecord record;
        try {
            record = treatment.recordOf(patientId);
        } catch (NoSuchPatientException | AccessDeniedException notYours) {
            showNotFound();
            return;
        }
        removeAll();
        add(new PatientHeader(record));
        var columns = new Div();
        columns.addClassName("treatment-columns");
        var main = new Div(new CurrentProgrammePanel(record));
        main.addClassName("treatment-main");
        var side = new Div(new ProposalsPanel(record), new ProgrammeHistoryPanel(record, programmes));
        side.addClassName("treatment-side");
        columns.add(main, side);
        add(columns, new SessionLogPanel(record, sessionLogs, this::reload), new PainTrendPanel(record));
    }

    private void showNotFound() {
        removeAll();
        var box = new Div();
        box.addClassName("treatment-not-found");
        box.add(new H2(getTranslation("treatment.notFound.title")),
                new Paragraph(getTranslation("treatment.notFound.text")),
                new Anchor("patients", getTranslation("treatment.notFound.back")));
        add(box);
    }

    private static Optional<PatientId> parse(String value) {
        try {
            return Optional.of(new PatientId(UUID.fromString(value)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("treatment.title");
    }
}
