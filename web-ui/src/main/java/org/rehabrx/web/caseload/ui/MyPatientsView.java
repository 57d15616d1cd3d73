package org.rehabrx.web.caseload.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.web.caseload.CaseloadService;
import org.rehabrx.web.patient.PatientService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The clinician's home: the patients in their care, searched, filtered and sorted, with who needs review
 * and why, and a way to register a new patient.
 */
@Route("patients")
@Menu(order = 10, icon = "USER_HEART", title = "nav.patients")
@RolesAllowed("CLINICIAN")
public class MyPatientsView extends VerticalLayout implements HasDynamicTitle {

    private final CaseloadService caseload;
    private final PatientService patients;
    private final Clock clock;
    private final CaseloadGrid grid;

    public MyPatientsView(CaseloadService caseload, PatientService patients, Clock clock) {
        this.caseload = caseload;
        this.patients = patients;
        this.clock = clock;
        addClassNames("app-view", "patient-caseload");
        setSizeFull();

        grid = new CaseloadGrid(caseload);
        var filters = new CaseloadFilters(this::filtered);
        var newPatient = new Button(getTranslation("caseload.newPatient"), VaadinIcon.PLUS.create(),
                click -> openNewPatient());
        newPatient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPatient.addClassName("patient-caseload-new");

        var toolbar = new Div(filters, newPatient);
        toolbar.addClassName("patient-caseload-toolbar");
        add(toolbar, grid);
        setFlexGrow(1, grid);
        showEmptyState();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.patients");
    }

    private void filtered(CaseloadFilter filter) {
        grid.setFilter(filter);
    }

    private void openNewPatient() {
        new NewPatientDialog(patients, LocalDate.now(clock), registered -> {
            showEmptyState();
            grid.refresh();
            getUI().ifPresent(ui -> ui.navigate(CaseloadGrid.PATIENT_ROUTE + registered.id().value()));
        }).open();
    }

    /** Says whether the list is empty because there are no patients yet, or because nobody matches. */
    private void showEmptyState() {
        grid.setEmptyStateComponent(caseload.hasPatients() ? noMatch() : noPatientsYet());
    }

    private Component noMatch() {
        var text = new Paragraph(getTranslation("caseload.empty.noMatch"));
        text.addClassName("app-empty-state");
        return text;
    }

    private Component noPatientsYet() {
        var text = new Paragraph(getTranslation("caseload.empty.noPatients"));
        text.addClassName("app-empty-state");
        var register = new Button(getTranslation("caseload.newPatient"), VaadinIcon.PLUS.create(),
                click -> openNewPatient());
        var empty = new Div(text, register);
        empty.addClassName("patient-caseload-empty");
        return empty;
    }
}
