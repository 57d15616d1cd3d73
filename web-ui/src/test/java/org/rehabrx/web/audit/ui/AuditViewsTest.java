package org.rehabrx.web.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.audit.AuditEventRow;
import org.rehabrx.web.audit.RecordAccess;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The audit screens as an admin and a patient use them, and what navigating and signing out leave in the trail. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AuditViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail trail;
    @Autowired
    TreatmentService treatment;
    @Autowired
    Patients patients;

    private BrowserlessUi ui;

    @BeforeEach
    void theClinicianOpensMariasRecord() {
        SignedInAs.account(context, "demo.clinician");
        treatment.recordOf(patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow().id());
        SignedInAs.nobody();
        ui = new BrowserlessUi(context);
        ui.open();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void anAdminFiltersTheTrailByPatientReferenceAndActionAndSeesNoNames() {
        ui.signInAs("demo.admin");
        ui.navigate("admin/audit");

        org.rehabrx.web.testing.UserInput.enter(_get(TextField.class, spec -> spec.withLabel("Patient reference")),
                "DEMO-0001");
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        action.setValue(AuditAction.PATIENT_RECORD_VIEWED);

        @SuppressWarnings("unchecked")
        Grid<AuditEventRow> grid = _get(Grid.class);
        int rows = GridKt._size(grid);
        assertThat(rows).as("the grid knows how many match").isEqualTo((int) trail.count(
                new AuditQuery(null, patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow().id(),
                        AuditAction.PATIENT_RECORD_VIEWED, null, null)));
        assertThat(rows).isPositive();
        for (int i = 0; i < rows; i++) {
            var row = GridKt._get(grid, i);
            assertThat(row.patientReference()).isEqualTo("DEMO-0001");
            assertThat(row.action()).isEqualTo(AuditAction.PATIENT_RECORD_VIEWED);
            assertThat(GridKt._getFormattedRow(grid, i)).contains("demo.clinician", "Patient record opened", "Done")
                    .noneMatch(cell -> cell.contains("Rossi"));
        }
        assertThat(_find(Anchor.class)).anySatisfy(anchor -> assertThat(anchor.getHref()).isNotBlank());
    }

    @Test
    void anAdminSeesWhoAccessedOnePatientsRecord() {
        ui.signInAs("demo.admin");
        ui.navigate("admin/audit");
        var button = _get(Button.class, spec -> spec.withText("Who accessed this record"));
        assertThat(button.isEnabled()).isFalse();

        org.rehabrx.web.testing.UserInput.enter(_get(TextField.class, spec -> spec.withLabel("Patient reference")),
                "demo-0001");
        _click(button);

        var dialog = _get(RecordAccessDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Who accessed record DEMO-0001");
        @SuppressWarnings("unchecked")
        Grid<RecordAccess> accesses = _get(dialog, Grid.class);
        assertThat(GridKt._size(accesses)).isPositive();
        assertThat(GridKt._getFormattedRow(accesses, GridKt._size(accesses) - 1))
                .contains("Priya Shah (demo clinician)", "Clinician", "Patient record opened", "Done");
    }

    @Test
    void anAdminVerifiesTheChain() {
        ui.signInAs("demo.admin");
        ui.navigate("admin/audit");

        _click(_get(Button.class, spec -> spec.withText("Verify chain")));

        assertThat(_find(Span.class)).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith("The audit trail is intact:").contains("none altered"));
        assertThat(trail.search(AuditQuery.ALL, 0, 1).getFirst().action()).isEqualTo(AuditAction.AUDIT_CHAIN_VERIFIED);
    }

    @Test
    void aPatientSeesWhoOpenedTheirRecordInTheirOwnWords() {
        ui.signInAs("demo.patient");
        ui.navigate("my-record/access");

        @SuppressWarnings("unchecked")
        Grid<RecordAccess> grid = _get(Grid.class);
        int rows = GridKt._size(grid);
        assertThat(rows).isPositive();
        assertThat(java.util.stream.IntStream.range(0, rows).mapToObj(i -> GridKt._getFormattedRow(grid, i)))
                .anySatisfy(row -> assertThat(row).singleElement().asString()
                        .contains("Priya Shah (demo clinician) · Clinician", "Opened your record"));
        assertThat(BrowserlessUi.navigationLabels()).contains("Who saw my record");
    }

    @Test
    void aSignedInAccountOpeningAScreenOfAnotherRoleIsRecordedAsAccessDenied() {
        ui.signInAs("demo.clinician");
        var before = newest();

        assertThatThrownBy(() -> ui.navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);

        assertThat(trail.chainAfter(before, 10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.actorUsername()).isEqualTo("demo.clinician");
        });
    }

    @Test
    void openingAnAllowedScreenRecordsNoDenial() {
        ui.signInAs("demo.clinician");
        var before = newest();

        ui.navigate("patients");

        assertThat(trail.chainAfter(before, 10)).extracting(AuditEvent::action).doesNotContain(AuditAction.ACCESS_DENIED);
        assertThat(BrowserlessUi.navigationLabels()).doesNotContain("Audit trail", "Who saw my record");
    }

    @Test
    void signingOutIsRecorded() {
        ui.signInAs("demo.clinician");
        var before = newest();

        context.getBean(SignedInAccount.class).signOut();

        assertThat(trail.chainAfter(before, 10)).extracting(AuditEvent::action, AuditEvent::actorUsername)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_OUT, "demo.clinician"));
    }

    private long newest() {
        return trail.search(AuditQuery.ALL, 0, 1).getFirst().sequence();
    }
}
