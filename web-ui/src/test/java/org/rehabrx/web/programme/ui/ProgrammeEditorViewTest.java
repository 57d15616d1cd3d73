package org.rehabrx.web.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.rehabrx.web.testing.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The programme editor as a clinician uses it, without a browser: cautions, activation, the exercise
 * picker, reordering, dosage checks as typed, orthotic notes, new versions and a conflicting save.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class ProgrammeEditorViewTest {

    private static final String SOAK_CAUTION =
            "Warm foot soak — caution: Reduced foot sensation (e.g. diabetic neuropathy)";

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
    void aNewPatientWithReducedFootSensation() {
        ui.signInAs("demo.clinician");
        today = LocalDate.now(clock);
        patient = patients.register(new PatientRegistration("ED-" + System.nanoTime() % 1_000_000, "Elena Ruiz",
                LocalDate.of(1955, 6, 1), Locale.ENGLISH, "", "", "Forefoot pain", Side.LEFT,
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION)));
    }

    @Test
    void theCautionPanelShowsTheWarmSoakCautionAndActivationWaitsForAReason() {
        var draft = fromTemplate();
        open(draft);

        assertThat(texts(Span.class)).contains(SOAK_CAUTION);
        _click(button("Activate"));
        assertThat(error()).startsWith("Acknowledge each caution with a reason before the programme is handed over");
        assertThat(programmes.find(draft.id()).status()).isEqualTo(ProgrammeStatus.DRAFT);

        _click(_find(Button.class, spec -> spec.withText("Acknowledge")).getFirst());
        assertThat(reasonFields().getFirst().getErrorMessage())
                .isEqualTo("Enter the reason for prescribing despite the caution.");

        while (!reasonFields().isEmpty()) {
            enter(reasonFields().getFirst(), "Sensation checked with a monofilament; water tested by elbow.");
            _click(_find(Button.class, spec -> spec.withText("Acknowledge")).getFirst());
        }
        assertThat(texts(Paragraph.class))
                .contains("Acknowledged: Sensation checked with a monofilament; water tested by elbow.");
        _click(button("Activate"));

        assertThat(programmes.find(draft.id()).status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(button("Save as version 2").isEnabled()).isTrue();
    }

    @Test
    void anExerciseIsAddedThroughThePickerWhoseSearchNarrowsTheList() {
        var draft = programmes.startFromScratch(patient.id(), "Forefoot rehab", today, today.plusWeeks(4),
                PainScore.of(2));
        var view = open(draft);

        _click(button("Add exercise"));
        var picker = _get(ExercisePicker.class);
        int all = picker.shownCount();
        enter(_get(picker, TextField.class, spec -> spec.withLabel("Search by name")), "marble");

        // other tests of the same database may have added own copies, such as "Marble pick-up (copy)"
        var named = library.exercises().stream()
                .filter(exercise -> exercise.name().toLowerCase(Locale.ROOT).contains("marble")).toList();
        assertThat(all).isEqualTo(library.exercises().size()).isGreaterThan(named.size());
        assertThat(picker.shown()).extracting(Exercise::id)
                .containsExactlyInAnyOrderElementsOf(named.stream().map(Exercise::id).toList());
        var shippedMarbles = picker.shown().stream()
                .filter(exercise -> exercise.isShipped() && exercise.name().equals("Marble pick-up")).toList();
        assertThat(shippedMarbles).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<Exercise> grid = _get(picker, Grid.class);
        grid.select(shippedMarbles.getFirst());
        _click(_get(picker, Button.class, spec -> spec.withText("Add at level 1")));

        assertThat(view.exerciseOrder()).containsExactly("Marble pick-up");
        var marbles = shippedMarbles.getFirst();
        assertThat(texts(Paragraph.class)).contains("The patient reads: " + marbles.level(1).defaultDosage().sentence(Locale.ENGLISH));
        assertThat(view.hasUnsavedChanges()).isTrue();
        _click(button("Save draft"));
        assertThat(programmes.find(draft.id()).content().exercises()).extracting(PrescribedExercise::level)
                .containsExactly(1);
    }

    @Test
    void movingAnExerciseUpChangesTheOrderThatIsSaved() {
        var draft = fromTemplate();
        var view = open(draft);
        var before = view.exerciseOrder();
        var second = before.get(1);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move " + second + " up")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move " + before.getLast() + " up")));

        var expected = new java.util.ArrayList<>(before);
        java.util.Collections.swap(expected, 0, 1);
        java.util.Collections.swap(expected, expected.size() - 1, expected.size() - 2);
        assertThat(view.exerciseOrder()).containsExactlyElementsOf(expected);
        _click(button("Save draft"));
        var stored = programmes.find(draft.id()).content().exercises().stream().map(PrescribedExercise::exercise)
                .toList();
        var names = programmes.exercisesOf(draft.id()).stream()
                .collect(java.util.stream.Collectors.toMap(Exercise::id, Exercise::name));
        assertThat(stored.stream().map(names::get).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aDosageTheDomainRefusesShowsItsMessagesKeepsTheTypingAndIsNotSaved() {
        var draft = fromTemplate();
        open(draft);
        var sets = _find(IntegerField.class, spec -> spec.withLabel("Sets")).getFirst();
        var timesPerDay = _find(IntegerField.class, spec -> spec.withLabel("Times per day")).getFirst();

        enter(sets, 0);
        enter(timesPerDay, 13);

        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Sets must be from 1 to 10.");
        assertThat(timesPerDay.isInvalid()).isTrue();
        assertThat(timesPerDay.getErrorMessage()).isEqualTo("Times per day must be from 1 to 12.");
        _click(button("Save draft"));
        assertThat(error()).startsWith("Some values cannot be saved yet");
        assertThat(sets.getValue()).isZero();
        assertThat(timesPerDay.getValue()).isEqualTo(13);
        assertThat(programmes.find(draft.id()).version()).isEqualTo(draft.version());
    }

    @Test
    void aSpanishClinicianReadsTheDomainsRefusalsAndTheSentenceInSpanish() {
        var draft = fromTemplate();
        UI.getCurrent().setLocale(Translations.SPANISH);
        open(draft);
        var sets = _find(IntegerField.class, spec -> spec.withLabel("Series")).getFirst();
        var timesPerDay = _find(IntegerField.class, spec -> spec.withLabel("Veces al día")).getFirst();

        enter(sets, 0);
        enter(timesPerDay, 13);

        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Las series deben ser de 1 a 10.");
        assertThat(timesPerDay.getErrorMessage()).isEqualTo("Las veces al día deben ser de 1 a 12.");

        enter(sets, 3);
        enter(timesPerDay, 1);
        var first = programmes.find(draft.id()).content().exercises().getFirst().dosage();
        var typed = new org.rehabrx.core.exercise.Dosage(3, first.reps(), first.holdSeconds(), first.durationMinutes(),
                first.restSeconds(), first.load(), 1, first.daysPerWeek(), first.side(), first.painLimit());
        assertThat(texts(Paragraph.class)).contains("El paciente lee: " + typed.sentence(Translations.SPANISH));
        assertThat(typed.sentence(Translations.SPANISH)).contains("una vez al día");
    }

    @Test
    void theDosageSentenceFollowsTheTyping() {
        var draft = fromTemplate();
        open(draft);
        var sets = _find(IntegerField.class, spec -> spec.withLabel("Sets")).getFirst();
        var timesPerDay = _find(IntegerField.class, spec -> spec.withLabel("Times per day")).getFirst();

        enter(sets, 3);
        enter(timesPerDay, 1);

        var first = programmes.find(draft.id()).content().exercises().getFirst().dosage();
        var typed = new org.rehabrx.core.exercise.Dosage(3, first.reps(), first.holdSeconds(), first.durationMinutes(),
                first.restSeconds(), first.load(), 1, first.daysPerWeek(), first.side(), first.painLimit());
        assertThat(texts(Paragraph.class)).contains("The patient reads: " + typed.sentence(Locale.ENGLISH));
        assertThat(typed.sentence(Locale.ENGLISH)).contains("once a day");
    }

    @Test
    void anOrthoticNoteIsAddedAndSaved() {
        var draft = programmes.startFromScratch(patient.id(), "Forefoot rehab", today, today.plusWeeks(4),
                PainScore.of(2));
        open(draft);
        var notes = _get(OrthoticNotesEditor.class);
        enter(_get(notes, Select.class, spec -> spec.withLabel("Type")), OrthoticType.METATARSAL_PAD);
        enter(_get(notes, Select.class, spec -> spec.withLabel("Side")), Side.LEFT);
        enter(_get(notes, TextField.class, spec -> spec.withLabel("Placement")), "Behind the 2nd–4th heads");

        _click(button("Add orthotic note"));
        assertThat(texts(Span.class)).contains("Enter a wear schedule.");
        assertThat(_get(notes, TextField.class, spec -> spec.withLabel("Placement")).getValue())
                .isEqualTo("Behind the 2nd–4th heads");

        enter(_get(notes, TextField.class, spec -> spec.withLabel("Wear schedule")), "1 to 2 hours a day at first");
        _click(button("Add orthotic note"));
        _click(button("Save draft"));

        assertThat(programmes.find(draft.id()).content().orthoticNotes()).containsExactly(new OrthoticNote(
                OrthoticType.METATARSAL_PAD, Side.LEFT, "Behind the 2nd–4th heads", "1 to 2 hours a day at first", ""));
    }

    @Test
    void savingAnActiveProgrammeCreatesVersionTwo() {
        var active = activeFromTemplate();
        open(active);
        var note = _find(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Note for the patient")).getFirst();

        enter(note, "Keep the toes long.");
        _click(button("Save as version 2"));

        var saved = programmes.find(active.id());
        assertThat(saved.number()).isEqualTo(2);
        assertThat(saved.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(saved.content().exercises().getFirst().clinicianNote()).isEqualTo("Keep the toes long.");
        assertThat(programmes.history(active.id())).extracting(ProgrammeVersion::status)
                .containsExactly(ProgrammeStatus.SUPERSEDED, ProgrammeStatus.ACTIVE);
        assertThat(button("Save as version 3").isEnabled()).isTrue();
    }

    @Test
    void aSaveOverSomeoneElsesChangeOffersToCopyTheEditsOverAndLosesNothing() {
        var draft = fromTemplate();
        var view = open(draft);
        var behindTheBack = programmes.saveChanges(draft.id(), draft.version(), withGoal(draft.content(),
                "Changed by a colleague"));
        enter(_get(TextField.class, spec -> spec.withLabel("Title")), "My typed title");

        _click(button("Save draft"));

        var dialog = _get(StaleProgrammeDialog.class);
        assertThat(_find(dialog, Paragraph.class).getFirst().getText())
                .startsWith("This programme was changed by someone else — reload.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Reload and copy my edits over")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My typed title");
        assertThat(view.loadedProgramme().version()).isEqualTo(behindTheBack.version());
        assertThat(view.hasUnsavedChanges()).isTrue();
        _click(button("Save draft"));
        assertThat(programmes.find(draft.id()).content().title()).isEqualTo("My typed title");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        var draft = fromTemplate();
        var view = open(draft);
        enter(_get(TextField.class, spec -> spec.withLabel("Title")), "Unsaved title");

        ui.navigate("patients");

        assertThat(_find(ProgrammeEditorView.class)).containsExactly(view);
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_find(ProgrammeEditorView.class)).isEmpty();
    }

    @Test
    void aClinicianOutsideTheCareTeamFindsNoSuchProgramme() {
        var draft = fromTemplate();
        ui.signInAs("demo.clinician2");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(draft))
                .hasMessageStartingWith("No route found");
        assertThat(_find(ProgrammeEditorView.class)).isEmpty();
    }

    private ProgrammeEditorView open(Programme programme) {
        ui.navigate("programmes/" + programme.id().value() + "/edit");
        return _get(ProgrammeEditorView.class);
    }

    private Programme fromTemplate() {
        return programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(), today,
                today.plusWeeks(4), PainScore.of(2));
    }

    private Programme activeFromTemplate() {
        var current = fromTemplate();
        for (var caution : programmes.cautionsOf(current.id(), current.content())) {
            current = programmes.acknowledgeCaution(current.id(), current.version(), caution.exercise(),
                    caution.flag(), "Checked.");
        }
        return programmes.activate(current.id(), current.version());
    }

    private static ProgrammeContent withGoal(ProgrammeContent content, String goal) {
        return new ProgrammeContent(content.title(), goal, content.startDate(), content.reviewDate(),
                content.exercises(), content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static List<TextField> reasonFields() {
        return _find(TextField.class, spec -> spec.withLabel("Reason for prescribing despite the caution"));
    }

    private static String error() {
        return _find(Span.class, spec -> spec.withClasses("programme-error")).stream().map(Span::getText)
                .filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    private static <T extends com.vaadin.flow.component.HasText> List<String> texts(Class<T> type) {
        @SuppressWarnings("unchecked")
        var found = (List<T>) (List<?>) _find((Class<? extends com.vaadin.flow.component.Component>) type);
        return found.stream().map(com.vaadin.flow.component.HasText::getText).toList();
    }
}
