package org.rehabrx.web.caseload.ui;

import java.util.function.Consumer;

import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.ProgrammeFilter;
import org.rehabrx.core.patient.PatientStatus;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Search as you type, active or archived patients, the programme's status and "needs review only". Every
 * change hands the whole filter on at once.
 */
class CaseloadFilters extends Div {

    static final int SEARCH_DELAY_MS = 300;

    private final TextField search = new TextField();
    private final Select<PatientStatus> patientStatus = new Select<>();
    private final Select<ProgrammeFilter> programme = new Select<>();
    private final Checkbox needsReviewOnly = new Checkbox();
    private CaseloadFilter filter = CaseloadFilter.ACTIVE_PATIENTS;

    CaseloadFilters(Consumer<CaseloadFilter> onChange) {
        addClassName("patient-caseload-filters");

        search.setLabel(getTranslation("caseload.filter.search"));
        search.setPlaceholder(getTranslation("caseload.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(CaseloadFilter.MAX_SEARCH_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.addClassName("patient-caseload-search");
        search.addValueChangeListener(event -> changed(onChange, filter.withSearch(event.getValue())));

        patientStatus.setLabel(getTranslation("caseload.filter.patients"));
        patientStatus.setItems(PatientStatus.values());
        patientStatus.setItemLabelGenerator(status -> getTranslation("caseload.patientStatus." + status.name()));
        patientStatus.setValue(filter.patientStatus());
        patientStatus.addValueChangeListener(event -> changed(onChange, filter.withPatientStatus(event.getValue())));

        programme.setLabel(getTranslation("caseload.filter.programme"));
        programme.setItems(ProgrammeFilter.values());
        programme.setItemLabelGenerator(option -> option.status() == null
                ? getTranslation("caseload.programmeFilter." + option.name())
                : getTranslation("programmeStatus." + option.status().name()));
        programme.setValue(filter.programme());
        programme.addValueChangeListener(event -> changed(onChange, filter.withProgramme(event.getValue())));

        needsReviewOnly.setLabel(getTranslation("caseload.filter.needsReviewOnly"));
        needsReviewOnly.addClassName("patient-caseload-needs-review");
        needsReviewOnly.addValueChangeListener(event -> changed(onChange, filter.withNeedsReviewOnly(event.getValue())));

        add(search, patientStatus, programme, needsReviewOnly);
    }

    private void changed(Consumer<CaseloadFilter> onChange, CaseloadFilter next) {
        filter = next;
        onChange.accept(next);
    }
}
