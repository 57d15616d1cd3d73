package org.rehabrx.web.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.rehabrx.web.testing.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.report.handout.ExerciseDrawings;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The exercise library as a clinician uses it: browsing, searching, cloning, editing and pictures. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class LibraryViewTest {

    private static final List<String> SHIPPED_FOREFOOT = List.of(
            "Barefoot walking on a soft surface", "Heel raises to small hops", "Marble pick-up",
            "Short-foot doming", "Toe curls (towel scrunch)", "Walking on the outer edge of the foot", "Warm foot soak");

    @Autowired
    ApplicationContext context;
    @Autowired
    LibraryService library;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @BeforeEach
    void openAsClinician() {
        ui.signInAs("demo.clinician");
    }

    @Test
    void theLibraryListsTheSevenShippedForefootExercisesWithTheirFacts() {
        ui.navigate("library");
        var view = _get(LibraryView.class);

        enter(origin(), LibraryView.OriginFilter.SHIPPED);

        assertThat(view.shown()).hasSize(7).allMatch(Exercise::isShipped);
        assertThat(view.shown()).extracting(Exercise::name).containsAll(SHIPPED_FOREFOOT);
        assertThat(view.shown()).allMatch(exercise -> exercise.levelCount() >= 1);
    }

    @Test
    void searchingAndFilteringNarrowTheList() {
        ui.navigate("library");
        var view = _get(LibraryView.class);

        enter(_get(TextField.class, spec -> spec.withLabel("Search")), "MARBLE");
        assertThat(view.shown()).extracting(Exercise::name).containsExactly("Marble pick-up");

        enter(_get(TextField.class, spec -> spec.withLabel("Search")), "");
        enter(origin(), LibraryView.OriginFilter.SHIPPED);
        @SuppressWarnings("unchecked")
        ComboBox<ExercisePurpose> purpose = _get(ComboBox.class, spec -> spec.withLabel("Purpose"));
        enter(purpose, ExercisePurpose.CIRCULATION);
        assertThat(view.shown()).isNotEmpty().hasSizeLessThan(7)
                .allMatch(exercise -> exercise.description().purposes().contains(ExercisePurpose.CIRCULATION));

        enter(_get(TextField.class, spec -> spec.withLabel("Search")), "no such exercise at all");
        assertThat(view.shown()).isEmpty();
    }

    @Test
    void aNewExerciseIsCheckedWithTheDomainsWordsAndOpensOnceCreated() {
        ui.navigate("library");
        _click(_get(Button.class, spec -> spec.withText("New exercise")));
        var dialog = _get(NewExerciseDialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));

        _click(dialog.createButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.isInvalid()).isTrue();

        enter(name, "Toe spreading");
        @SuppressWarnings("unchecked")
        ComboBox<BodyRegion> region = _get(dialog, ComboBox.class, spec -> spec.withLabel("Body region"));
        enter(region, BodyRegion.FOREFOOT);
        enter(_get(dialog, TextArea.class, spec -> spec.withLabel("Steps")), "Spread the toes apart\nHold, then relax");
        _click(dialog.createButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Choose at least one purpose for the exercise.");
        assertThat(name.getValue()).isEqualTo("Toe spreading");

        @SuppressWarnings("unchecked")
        CheckboxGroup<ExercisePurpose> purposes = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Purposes"));
        enter(purposes, Set.of(ExercisePurpose.MOBILITY));
        _click(dialog.createButton());

        assertThat(dialog.isOpened()).isFalse();
        var created = library.exercises().stream().filter(exercise -> exercise.name().equals("Toe spreading"))
                .findFirst().orElseThrow();
        assertThat(created.isShipped()).isFalse();
        assertThat(created.description().steps()).containsExactly("Spread the toes apart", "Hold, then relax");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("library/" + created.id().value());
    }

    @Test
    void leavingWithUnsavedEditsAsksFirst() {
        var own = ownCopyOf("Marble pick-up");
        ui.navigate("library/" + own.id().value());

        enter(_get(TextField.class, spec -> spec.withLabel("Name")), "Marbles, edited");
        ui.navigate("library");

        assertThat(_find(LibraryView.class)).isEmpty();
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Marbles, edited");
    }

    @Test
    void anExerciseShowsEveryLevelWithItsDosageSentence() {
        var toeCurls = shipped("Toe curls (towel scrunch)");

        ui.navigate("library/" + toeCurls.id().value());

        _get(ExerciseView.class);
        var levels = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("library-level"));
        assertThat(levels).hasSize(toeCurls.levelCount());
        var sentences = _find(Paragraph.class, spec -> spec.withClasses("library-dosage-sentence")).stream()
                .map(Paragraph::getText).toList();
        assertThat(sentences).containsExactlyElementsOf(toeCurls.description().levels().stream()
                .map(level -> level.defaultDosage().sentence(Locale.ENGLISH)).toList());
        assertThat(_find(TextField.class)).as("a shipped exercise is read-only").isEmpty();
    }

    @Test
    void aShippedExerciseShowsTheStartAndEndDrawingsThatTheHandoutPrints() {
        var toeCurls = shipped("Toe curls (towel scrunch)");

        ui.navigate("library/" + toeCurls.id().value());

        var drawings = _find(Svg.class, spec -> spec.withClasses("library-picture-drawing"));
        assertThat(drawings).hasSize(2);
        assertThat(drawings).extracting(svg -> svg.getElement().getAttribute("aria-label"))
                .containsExactly("Start position", "End position");
        assertThat(drawings).allMatch(svg -> "img".equals(svg.getElement().getAttribute("role")));
        assertThat(drawings.getFirst().getElement().getProperty("innerHTML"))
                .startsWith("<svg").isEqualTo(ExerciseDrawings.svg("toe-curls", ImagePosition.START).orElseThrow());
        assertThat(_find(PicturePanel.class)).allMatch(PicturePanel::showsStandardDrawing);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("library-picture-placeholder"))).isEmpty();
        assertThat(library.standardDrawing(toeCurls.id(), ImagePosition.END)).isPresent();
    }

    @Test
    void anOwnCopyKeepsTheDrawingsOfItsShippedOriginal() {
        var marbles = shipped("Marble pick-up");
        ui.navigate("library/" + marbles.id().value());

        _click(_get(Button.class, spec -> spec.withText("Clone to edit")));

        var drawings = _find(Svg.class, spec -> spec.withClasses("library-picture-drawing"));
        assertThat(drawings).extracting(svg -> svg.getElement().getProperty("innerHTML")).containsExactly(
                ExerciseDrawings.svg("marble-pick-up", ImagePosition.START).orElseThrow(),
                ExerciseDrawings.svg("marble-pick-up", ImagePosition.END).orElseThrow());
    }

    @Test
    void anExerciseWrittenFromScratchWithoutPicturesSaysTheHandoutLeavesAnEmptyFrame() {
        var d = shipped("Marble pick-up").description();
        var own = library.writeExercise(new ExerciseDescription("Towel slide", d.bodyRegion(), d.purposes(),
                d.equipment(), d.steps(), d.cues(), d.precautions(), d.cautionFlags(), d.levels()));

        ui.navigate("library/" + own.id().value());

        assertThat(_find(Svg.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "No picture of your own yet: the handout shows an empty frame in its place."))).hasSize(2);
    }

    @Test
    void cloningAShippedExerciseOpensAnEditableOwnCopy() {
        var marbles = shipped("Marble pick-up");
        ui.navigate("library/" + marbles.id().value());

        _click(_get(Button.class, spec -> spec.withText("Clone to edit")));

        var location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(location).startsWith("library/").isNotEqualTo("library/" + marbles.id().value());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Marble pick-up (copy)");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isReadOnly()).isFalse();
        var copy = library.exercises().stream().filter(exercise -> location.endsWith(exercise.id().value().toString()))
                .findFirst().orElseThrow();
        assertThat(copy.isShipped()).isFalse();
        assertThat(copy.basedOn()).isEqualTo(marbles.id());
    }

    @Test
    void anInvalidDosageShowsTheDomainMessageKeepsTheTypedValueAndSavesNothing() {
        var own = ownCopyOf("Short-foot doming");
        ui.navigate("library/" + own.id().value());

        var sets = _find(IntegerField.class, spec -> spec.withLabel("Sets")).getFirst();
        enter(sets, 11);

        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Sets must be from 1 to 10.");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(sets.getValue()).isEqualTo(11);
        assertThat(sets.getErrorMessage()).isEqualTo("Sets must be from 1 to 10.");
        assertThat(library.exercise(own.id())).isEqualTo(own);
    }

    @Test
    void aValidEditIsSavedAndTheSentenceFollowsTheDosage() {
        var own = ownCopyOf("Heel raises to small hops");
        ui.navigate("library/" + own.id().value());

        enter(_find(IntegerField.class, spec -> spec.withLabel("Sets")).getFirst(), 4);
        var sentence = _find(Paragraph.class, spec -> spec.withClasses("dosage-sentence")).getFirst();
        assertThat(sentence.getText()).startsWith("The patient reads: 4 ");
        enter(_get(TextField.class, spec -> spec.withLabel("Name")), "Heel raises, my way");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        var saved = library.exercise(own.id());
        assertThat(saved.name()).isEqualTo("Heel raises, my way");
        assertThat(saved.level(1).defaultDosage().sets()).isEqualTo(4);
        assertThat(saved.version()).isGreaterThan(own.version());
    }

    @Test
    void someoneElsesSaveShowsTheConflictAndKeepsWhatWasTyped() {
        var own = ownCopyOf("Barefoot walking on a soft surface");
        ui.navigate("library/" + own.id().value());
        var d = own.description();
        library.reviseExercise(own.id(), own.version(), new ExerciseDescription("Changed elsewhere", BodyRegion.FOREFOOT,
                d.purposes(), d.equipment(), d.steps(), d.cues(), d.precautions(), d.cautionFlags(), d.levels()));

        enter(_get(TextField.class, spec -> spec.withLabel("Name")), "My typed name");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(_get(ExerciseView.class).conflictMessage()).contains("changed by someone else");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("My typed name");
        assertThat(library.exercise(own.id()).name()).isEqualTo("Changed elsewhere");

        _click(_get(Button.class, spec -> spec.withText("Save my edits over it")));

        assertThat(library.exercise(own.id()).name()).isEqualTo("My typed name");
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWithTheServiceMessage() {
        var own = ownCopyOf("Walking on the outer edge of the foot");
        ui.navigate("library/" + own.id().value());
        var start = _find(PicturePanel.class).getFirst();

        start.receive("image/png", "hello, not a picture".getBytes());

        assertThat(start.message()).isEqualTo(
                "The file is not a picture that can be read; choose a PNG or JPEG picture.");
        assertThat(start.showsUploadedPicture()).isFalse();
        assertThat(library.picture(own.id(), org.rehabrx.core.exercise.ImagePosition.START)).isEmpty();
    }

    @Test
    void aReadablePictureIsStoredAndPreviewed() throws Exception {
        var own = ownCopyOf("Toe curls (towel scrunch)");
        ui.navigate("library/" + own.id().value());
        var end = _find(PicturePanel.class).get(1);

        end.receive("image/png", png());

        assertThat(end.message()).isEmpty();
        assertThat(end.showsUploadedPicture()).isTrue();
        assertThat(library.picture(own.id(), org.rehabrx.core.exercise.ImagePosition.END)).isPresent();
    }

    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(120, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Select<LibraryView.OriginFilter> origin() {
        return _get(Select.class, spec -> spec.withLabel("Source"));
    }

    private Exercise shipped(String name) {
        return library.exercises().stream().filter(Exercise::isShipped)
                .filter(exercise -> exercise.name().equals(name)).findFirst().orElseThrow();
    }

    private Exercise ownCopyOf(String name) {
        return library.cloneExercise(shipped(name).id());
    }
}
