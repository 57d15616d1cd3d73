package org.rehabrx.web.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.web.testing.UserInput.enter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** Starting a programme for a patient: from the template, from scratch, or as a copy of the current one. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class NewProgrammeViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patients;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    private Patient patient;
    private LocalDate today;

    @BeforeEach
    void aNewPatient() {
        ui.signInAs("demo.clinician");
        today = LocalDate.now(clock);
        patient = patients.register(new PatientRegistration("NEW-" + System.nanoTime() % 1_000_000, "Tomas Novak",
                LocalDate.of(1966, 4, 9), Locale.ENGLISH, "", "", "Forefoot pain", Side.RIGHT,
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION)));
    }

    @Test
    void theTemplateIsOfferedFirstWithAReviewFourWeeksAfterTheStartAndOpensTheEditor() {
        open();

        assertThat(chosenLabel()).isEqualTo("The template \u201cForefoot plantar pain (metatarsalgia 2–4)\u201d");
        assertThat(date("Start date").getValue()).isEqualTo(today);
        assertThat(date("Review date").getValue()).isEqualTo(today.plusWeeks(4));
        enter(date("Start date"), today.plusDays(3));
        assertThat(date("Review date").getValue()).isEqualTo(today.plusDays(3).plusWeeks(4));

        _click(_get(Button.class, spec -> spec.withText("Create draft and open the editor")));

        var editor = _get(ProgrammeEditorView.class);
        var created = programmes.programmesOf(patient.id());
        assertThat(created).hasSize(1);
        assertThat(editor.loadedProgramme().id()).isEqualTo(created.getFirst().id());
        assertThat(created.getFirst().status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(created.getFirst().content().title()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(created.getFirst().content().startDate()).isEqualTo(today.plusDays(3));
    }

    @Test
    void fromScratchNeedsATitleAndKeepsWhatWasTyped() {
        open();
        choose("From scratch: an empty programme");
        var title = _get(TextField.class, spec -> spec.withLabel("Title"));
        enter(title, "");

        _click(_get(Button.class, spec -> spec.withText("Create draft and open the editor")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(programmes.programmesOf(patient.id())).isEmpty();
        enter(title, "Forefoot rehab after the flare");
        _click(_get(Button.class, spec -> spec.withText("Create draft and open the editor")));
        var created = programmes.programmesOf(patient.id()).getFirst();
        assertThat(created.content().title()).isEqualTo("Forefoot rehab after the flare");
        assertThat(created.content().exercises()).isEmpty();
    }

    @Test
    void aPatientOnAnActiveProgrammeIsOfferedACopyAndTheWayToEditTheActiveOne() {
        var active = activeFromTemplate();
        open();

        choose("A copy of the current programme \u201cForefoot plantar pain (metatarsalgia 2–4)\u201d (version 1)");
        _click(_get(Button.class, spec -> spec.withText("Create draft and open the editor")));

        var copy = _get(ProgrammeEditorView.class).loadedProgramme();
        assertThat(copy.id()).isNotEqualTo(active.id());
        assertThat(copy.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(copy.content().exercises()).isEqualTo(active.content().exercises());
    }

    @Test
    void aClinicianOutsideTheCareTeamCannotStartOne() {
        ui.signInAs("demo.clinician2");

        // the same answer as for an address that does not exist: nothing tells that the patient is there
        assertThatThrownBy(this::open).hasMessageStartingWith("No route found");
        assertThat(_find(NewProgrammeView.class)).isEmpty();
    }

    private void open() {
        ui.navigate("patients/" + patient.id().value() + "/new-programme");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<NewProgrammeView.Start> startChoice() {
        return _get(RadioButtonGroup.class);
    }

    private static String chosenLabel() {
        var group = startChoice();
        return group.getItemLabelGenerator().apply(group.getValue());
    }

    private static void choose(String label) {
        var group = startChoice();
        var option = group.getListDataView().getItems()
                .filter(item -> group.getItemLabelGenerator().apply(item).equals(label)).findFirst().orElseThrow();
        enter(group, option);
    }

    private static DatePicker date(String label) {
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    private Programme activeFromTemplate() {
        var current = programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(), today,
                today.plusWeeks(4), PainScore.of(2));
        for (var caution : programmes.cautionsOf(current.id(), current.content())) {
            current = programmes.acknowledgeCaution(current.id(), current.version(), caution.exercise(),
                    caution.flag(), "Checked.");
        }
        return programmes.activate(current.id(), current.version());
    }
}
