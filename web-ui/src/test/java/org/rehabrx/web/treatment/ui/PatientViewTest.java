package org.rehabrx.web.treatment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.ui.ExerciseChoice;
import org.rehabrx.web.sessionlog.ui.LogSessionDialog;
import org.rehabrx.web.sessionlog.ui.NextMorningPainDialog;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The patient page as a clinician uses it, in the browserless UI against the real services and database. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class PatientViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;
    @Autowired
    PatientService patientService;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    LibraryService library;
    @Autowired
    SessionLogService sessionLogService;
    @Autowired
    ProgressionService progressionService;
    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void theTreatingClinicianSeesHeaderProgrammeLogsAndChart() {
        ui.signInAs("demo.clinician");
        var maria = maria();
        var programme = programmes.forPatient(maria.id()).getFirst();

        ui.navigate("patients/" + maria.id().value());

        var view = _get(PatientView.class);
        assertThat(_get(H2.class, spec -> spec.withClasses("treatment-patient-name")).getText())
                .isEqualTo("Maria Rossi (demo patient)");
        var header = _get(PatientHeader.class).getElement().getTextRecursively();
        var born = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                .format(LocalDate.of(1961, 9, 14));
        assertThat(header).contains("DEMO-0001", born, "English", "Central metatarsalgia under the 2nd and 3rd metatarsal heads — Left",
                "+44 20 7946 0000", "Reduced foot sensation");
        var current = _get(CurrentProgrammePanel.class).getElement().getTextRecursively();
        assertThat(current).contains("Forefoot plantar pain (metatarsalgia 2–4)", "Version 1", "Active",
                "Toe curls (towel scrunch)", "Level 1: Seated towel scrunch", "repetitions", "Footwear advice",
                "Acknowledged cautions", "Demo: sensation checked with a monofilament");
        assertThat(_find(view, Anchor.class, spec -> spec.withText("Edit programme")))
                .extracting(Anchor::getHref).containsExactly("programmes/" + programme.id().value() + "/edit");
        var pdf = _get(view, Anchor.class, spec -> spec.withText("Download PDF"));
        assertThat(pdf.getHref()).isEqualTo("handouts/" + programme.id().value());
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(_get(view, Anchor.class, spec -> spec.withText("Download PDF (large print)")).getHref())
                .isEqualTo("handouts/" + programme.id().value() + "?largePrint=true");

        @SuppressWarnings("unchecked")
        Grid<Object> logs = _get(Grid.class, spec -> spec.withClasses("treatment-log-grid"));
        assertThat(GridKt._size(logs)).isGreaterThanOrEqualTo(4);
        assertThat(rows(logs)).anySatisfy(row -> assertThat(row).contains("Marble pick-up", "5/10", "2/10",
                "Sore towards the end"));

        var charts = _find(Svg.class);
        assertThat(charts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(charts).map(PatientViewTest::markup)
                .anySatisfy(svg -> assertThat(svg).startsWith("<svg").contains("Pain trend: Toe curls (towel scrunch)"))
                .anySatisfy(svg -> assertThat(svg).contains("Pain trend: Marble pick-up"));
    }

    @Test
    void aClinicianOutsideTheCareTeamSeesNotFoundAndNothingOfThePatient() {
        ui.signInAs("demo.clinician2");
        var maria = maria();

        ui.navigate("patients/" + maria.id().value());

        var view = _get(PatientView.class);
        assertThat(_get(_get(PatientView.class), H2.class).getText()).isEqualTo("Patient not found");
        var text = view.getElement().getTextRecursively();
        assertThat(text).doesNotContain("Maria", "DEMO-0001", "metatarsalgia", "Forefoot");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Svg.class)).isEmpty();
        assertThat(_find(PatientHeader.class)).isEmpty();
    }

    @Test
    void anUnknownOrMalformedIdLooksTheSameAsAPatientOfSomeoneElse() {
        ui.signInAs("demo.clinician");

        ui.navigate("patients/" + UUID.randomUUID());
        assertThat(_get(_get(PatientView.class), H2.class).getText()).isEqualTo("Patient not found");

        ui.navigate("patients/DEMO-0001");
        assertThat(_get(_get(PatientView.class), H2.class).getText()).isEqualTo("Patient not found");
        assertThat(_find(PatientHeader.class)).isEmpty();
    }

    @Test
    void loggingASessionThroughTheDialogAddsARow() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        ui.navigate("patients/" + patient.id().value());
        assertThat(_find(Grid.class)).as("no logs yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Log a session")));
        var dialog = _get(LogSessionDialog.class);
        choose("Toe curls (towel scrunch)");
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("Sets done")), 2);
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("Pain during (0–10)")), 3);
        type(_get(dialog, TextField.class, spec -> spec.withLabel("Comment")), "Reported by phone");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(LogSessionDialog.class)).as("the dialog closed").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> logs = _get(Grid.class, spec -> spec.withClasses("treatment-log-grid"));
        assertThat(GridKt._size(logs)).isEqualTo(1);
        assertThat(rows(logs).getFirst()).contains("Toe curls (towel scrunch)", "Yes, 2 sets", "3/10",
                "Reported by phone");
        assertThat(_find(Svg.class)).map(PatientViewTest::markup)
                .singleElement().asString().contains("Pain trend: Toe curls (towel scrunch)");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("treatment-chart-summary")).getText())
                .startsWith("One session on ").contains("Latest: pain during 3/10, next morning —.");
    }

    @Test
    void aRefusedPainScoreOrFutureDateIsExplainedAndNothingTypedIsLost() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        ui.navigate("patients/" + patient.id().value());
        _click(_get(Button.class, spec -> spec.withText("Log a session")));
        var dialog = _get(LogSessionDialog.class);
        choose("Marble pick-up");
        var pain = _get(dialog, IntegerField.class, spec -> spec.withLabel("Pain during (0–10)"));
        var comment = _get(dialog, TextField.class, spec -> spec.withLabel("Comment"));
        type(pain, 11);
        type(comment, "Worse after the walk");

        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).isEqualTo("Pain is rated from 0 (none) to 10 (worst imaginable); got 11.");
        assertThat(pain.getValue()).isEqualTo(11);
        assertThat(comment.getValue()).isEqualTo("Worse after the walk");
        assertThat(_find(LogSessionDialog.class)).as("still open").hasSize(1);

        type(pain, 4);
        var date = _get(dialog, DatePicker.class);
        var tomorrow = LocalDate.now(clock).plusDays(1);
        type(date, tomorrow);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("A session cannot be logged for a day in the future.");
        assertThat(date.getValue()).isEqualTo(tomorrow);
        assertThat(pain.getValue()).isEqualTo(4);
        assertThat(comment.getValue()).isEqualTo("Worse after the walk");
        assertThat(_find(LogSessionDialog.class)).hasSize(1);
        assertThat(_find(Grid.class)).as("nothing was logged").isEmpty();
    }

    @Test
    void aSessionTheServiceRefusesShowsItsMessageVerbatimAndKeepsTheDialogFilled() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        var start = programmes.forPatient(patient.id()).getFirst().content().startDate();
        ui.navigate("patients/" + patient.id().value());
        _click(_get(Button.class, spec -> spec.withText("Log a session")));
        var dialog = _get(LogSessionDialog.class);
        choose("Marble pick-up");
        var date = _get(dialog, DatePicker.class);
        type(date, start.minusDays(3));
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("Pain during (0–10)")), 2);

        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("sessionlog-dialog-problem")).getText())
                .isEqualTo("The programme starts on " + start + "; a session before that belongs to no programme.");
        assertThat(date.getValue()).isEqualTo(start.minusDays(3));
        assertThat(_find(LogSessionDialog.class)).hasSize(1);
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void theComparisonShowsWhatTheSecondVersionChanged() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        var programme = programmes.forPatient(patient.id()).getFirst();
        var toeCurls = library.exercises().stream().filter(e -> "toe-curls".equals(e.key())).findFirst().orElseThrow();
        var content = programme.content().withExerciseAt(toeCurls.id(), 2, toeCurls.level(2).defaultDosage());
        programmeService.saveChanges(programme.id(), programme.version(), content);

        ui.navigate("patients/" + patient.id().value());
        var history = _get(ProgrammeHistoryPanel.class).getElement().getTextRecursively();
        assertThat(history).contains("Version 2", "Version 1", "Superseded", "Priya Shah");
        _click(_get(Button.class, spec -> spec.withText("Compare with previous")));

        var dialog = _get(ComparisonDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Version 1 compared with version 2");
        assertThat(dialog.getElement().getTextRecursively()).contains("Exercises changed",
                "Toe curls (towel scrunch)", "Level 1: Seated towel scrunch → Level 2: Standing towel scrunch")
                .doesNotContain("Exercises added", "Exercises removed");
    }

    @Test
    void aMissingNextMorningPainIsAddedFromTheLog() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        logYesterdayWithoutMorning(patient);
        ui.navigate("patients/" + patient.id().value());
        var grid = logGrid();
        assertThat(GridKt._getCellComponent(grid, 0, "painNextMorning")).isInstanceOf(Button.class);

        _click((Button) GridKt._getCellComponent(grid, 0, "painNextMorning"));
        var dialog = _get(NextMorningPainDialog.class);
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("Next-morning pain (0–10)")), 2);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(NextMorningPainDialog.class)).isEmpty();
        var cell = GridKt._getCellComponent(logGrid(), 0, "painNextMorning");
        assertThat(cell).isInstanceOf(Span.class);
        assertThat(((Span) cell).getText()).isEqualTo("2/10");
    }

    @Test
    void aNextMorningPainAddedMeanwhileBySomeoneElseIsReportedAndTheTypedValueKept() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        var log = logYesterdayWithoutMorning(patient);
        ui.navigate("patients/" + patient.id().value());
        _click((Button) GridKt._getCellComponent(logGrid(), 0, "painNextMorning"));
        var dialog = _get(NextMorningPainDialog.class);
        var pain = _get(dialog, IntegerField.class, spec -> spec.withLabel("Next-morning pain (0–10)"));
        type(pain, 2);

        sessionLogService.addPainNextMorning(log.id(), log.version(), PainScore.of(4));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(NextMorningPainDialog.class)).as("still open").hasSize(1);
        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("sessionlog-dialog-problem")).getText())
                .startsWith("This session log was changed by someone else.");
        assertThat(pain.getValue()).isEqualTo(2);
    }

    @Test
    void aPatientWithoutAProgrammeIsOfferedANewOne() {
        ui.signInAs("demo.clinician");
        var patient = registerPatient();

        ui.navigate("patients/" + patient.id().value());

        assertThat(_get(CurrentProgrammePanel.class).getElement().getTextRecursively())
                .contains("No home programme yet.");
        assertThat(_get(Anchor.class, spec -> spec.withText("New programme")).getHref())
                .isEqualTo("patients/" + patient.id().value() + "/new-programme");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Log a session"))).isEmpty();
        assertThat(_get(SessionLogPanel.class).getElement().getTextRecursively())
                .contains("Sessions are logged once a programme is active.");
    }

    @Test
    void anArchivedPatientIsMarkedAndNothingNewIsOffered() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        patientService.archive(patient.id(), patients.findById(patient.id()).orElseThrow().version());

        ui.navigate("patients/" + patient.id().value());

        assertThat(_get(PatientHeader.class).getElement().getTextRecursively()).contains("Archived");
        assertThat(_find(Button.class, spec -> spec.withText("Log a session"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Edit programme"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Start a fresh programme"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).hasSize(1);
    }

    @Test
    void pendingProposalsAreListedWithTheirReasonAndLinkToTheReview() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        var programme = programmes.forPatient(patient.id()).getFirst();
        var exercise = programme.content().exercises().getFirst().exercise();
        var today = LocalDate.now(clock);
        for (int daysAgo = 4; daysAgo >= 2; daysAgo--) {
            sessionLogService.log(programme.id(), new SessionReport(exercise, today.minusDays(daysAgo), true, 2,
                    PainScore.of(2), PainScore.of(1), ""));
        }
        var decided = progressionService.evaluate(programme.id()).stream()
                .filter(proposal -> proposal.exercise().equals(exercise)).findFirst().orElseThrow();
        assertThat(decided.kind()).isEqualTo(ProposalKind.ADVANCE);

        ui.navigate("patients/" + patient.id().value());

        var panel = _get(ProposalsPanel.class).getElement().getTextRecursively();
        assertThat(panel).contains(library.exercises().stream().filter(e -> e.id().equals(exercise))
                .findFirst().orElseThrow().name(), "Advance", "Level 1 → 2", decided.reason());
        var review = _find(Anchor.class, spec -> spec.withText("Review proposals (1)"));
        assertThat(review).isNotEmpty().extracting(Anchor::getHref).containsOnly("review/" + programme.id().value());
    }

    @Test
    void aDraftAfterACompletedProgrammeIsShownAndTheCompletedOneListed() {
        ui.signInAs("demo.clinician");
        var patient = patientWithActiveProgramme();
        var finished = programmes.forPatient(patient.id()).getFirst();
        programmeService.complete(finished.id(), finished.version());
        var today = LocalDate.now(clock);
        var draft = programmeService.startFromTemplate(patient.id(), library.templates().getFirst().id(), today,
                today.plusWeeks(6), PainScore.of(1));

        ui.navigate("patients/" + patient.id().value());

        assertThat(_get(CurrentProgrammePanel.class).getElement().getTextRecursively()).contains("Draft");
        assertThat(_get(Anchor.class, spec -> spec.withText("Edit programme")).getHref())
                .isEqualTo("programmes/" + draft.id().value() + "/edit");
        assertThat(_find(Button.class, spec -> spec.withText("Log a session"))).as("a draft takes no logs").isEmpty();
        assertThat(_get(ProgrammeHistoryPanel.class).getElement().getTextRecursively())
                .contains("Other programmes of this patient", finished.content().title() + ": Completed, version 1");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> logGrid() {
        return _get(Grid.class, spec -> spec.withClasses("treatment-log-grid"));
    }

    private SessionLog logYesterdayWithoutMorning(Patient patient) {
        var programme = programmes.forPatient(patient.id()).getFirst();
        var exercise = programme.content().exercises().getFirst().exercise();
        return sessionLogService.log(programme.id(), new SessionReport(exercise, LocalDate.now(clock).minusDays(1),
                true, 2, PainScore.of(3), null, ""));
    }

    private Patient maria() {
        return patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
    }

    /** A patient of demo.clinician of their own, so that the demo patients stay as other tests expect them. */
    private Patient registerPatient() {
        return patientService.register(new PatientRegistration("PV-" + System.nanoTime() % 1_000_000,
                "Ana Lopez", LocalDate.of(1980, 5, 1), Locale.ENGLISH, "", "", "Forefoot pain", Side.RIGHT,
                Set.of()));
    }

    private Patient patientWithActiveProgramme() {
        var today = LocalDate.now(clock);
        var patient = registerPatient();
        var draft = programmeService.startFromTemplate(patient.id(), library.templates().getFirst().id(),
                today.minusDays(5), today.plusWeeks(4), PainScore.of(1));
        Programme active = programmeService.activate(draft.id(), draft.version());
        assertThat(active.content().exercises()).isNotEmpty();
        return patient;
    }

    @SuppressWarnings("unchecked")
    private static void choose(String exerciseName) {
        ComboBox<ExerciseChoice> exercise = _get(ComboBox.class, spec -> spec.withLabel("Exercise"));
        var choice = exercise.getListDataView().getItems().filter(item -> item.name().equals(exerciseName))
                .findFirst().orElseThrow();
        type(exercise, choice);
    }

    /**
     * Sets a field's value as typing would. Karibu's {@code _setValue} calls an internal Vaadin 24 method that
     * Vaadin 25 no longer has; the value change and the Binder's validation on save are what the tests need.
     */
    private static <V> void type(HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    private static List<String> rows(Grid<Object> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
    }

    private static String markup(Component svg) {
        return svg.getElement().getProperty("innerHTML", "");
    }
}
