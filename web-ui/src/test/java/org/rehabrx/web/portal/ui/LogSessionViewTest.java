package org.rehabrx.web.portal.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.portal.PortalFixture;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.UserInput;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** "Log today's session" as a patient uses it, in the browserless UI against the real services and database. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class LogSessionViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionLogs sessionLogs;
    @Autowired
    SessionLogService sessionLogService;
    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void aDoneExerciseNeedsAPainRatingAndOnceRatedTheSessionIsSavedAndConfirmed() {
        var mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        ui.signInAs(mine.username());
        ui.navigate("my-programme/log");

        int rowsBefore = _find(ExerciseLogRow.class).size();
        var row = _find(ExerciseLogRow.class).getFirst();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> done = _get(row, RadioButtonGroup.class);
        UserInput.enter(done, true);
        UserInput.enter(_get(row, TextArea.class), "Easy today");
        _click(_get(Button.class, spec -> spec.withText("Save today's session")));

        var pain = _get(row, PainSlider.class);
        assertThat(problems()).isEqualTo("Please check the marked exercises. Nothing you entered has been lost.");
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).isEqualTo("Move the slider to rate your pain during this exercise (0 to 10).");
        assertThat(done.getValue()).isTrue();
        assertThat(_get(row, TextArea.class).getValue()).isEqualTo("Easy today");
        assertThat(sessionLogs.forProgramme(mine.programme().id())).isEmpty();

        UserInput.enter(pain, 4);
        assertThat(pain.reading()).isEqualTo("4 out of 10 — acceptable");
        assertThat(_get(pain, RangeInput.class).getElement().getAttribute("aria-valuetext"))
                .isEqualTo("4 out of 10 — acceptable");
        _click(_get(Button.class, spec -> spec.withText("Save today's session")));

        assertThat(confirmation()).isEqualTo("Saved: 1 exercise logged for today. Thank you!");
        var logs = sessionLogs.forProgramme(mine.programme().id());
        assertThat(logs).singleElement().satisfies(log -> {
            assertThat(log.exercise()).isEqualTo(mine.programme().content().exercises().getFirst().exercise());
            assertThat(log.painDuring()).isEqualTo(PainScore.of(4));
            assertThat(log.comment()).isEqualTo("Easy today");
            assertThat(log.date()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(_find(Paragraph.class, spec -> spec.withText("Already logged today."))).hasSize(1);
        assertThat(_find(ExerciseLogRow.class)).hasSize(rowsBefore - 1);
    }

    @Test
    void nothingAnsweredIsRefusedWithAMessageInSpanishForASpanishSpeakingPatient() {
        var mine = new PortalFixture(context).patientOnProgramme(Translations.SPANISH);
        ui.signInAs(mine.username());
        ui.navigate("my-programme/log");

        _click(_get(Button.class, spec -> spec.withText("Guardar la sesión de hoy")));
        assertThat(problems()).isEqualTo("Elija «Hecho» o «No hecho» en al menos un ejercicio.");

        var row = _find(ExerciseLogRow.class).getFirst();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> done = _get(row, RadioButtonGroup.class);
        assertThat(done.getItemLabelGenerator().apply(true)).isEqualTo("Hecho");
        UserInput.enter(done, true);
        var pain = _get(row, PainSlider.class);
        UserInput.enter(pain, 7);
        assertThat(pain.reading()).isEqualTo("7 de 10 — demasiado");
        _click(_get(Button.class, spec -> spec.withText("Guardar la sesión de hoy")));

        assertThat(confirmation()).isEqualTo("Guardado: 1 ejercicio registrado hoy. ¡Gracias!");
        assertThat(sessionLogs.forProgramme(mine.programme().id())).extracting(SessionLog::painDuring)
                .containsExactly(PainScore.of(7));
    }

    @Test
    void thisMorningsPainIsAskedForAfterYesterdaysSessionAndConfirmed() {
        var mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        ui.signInAs(mine.username());
        var first = mine.programme().content().exercises().getFirst().exercise();
        sessionLogService.log(mine.programme().id(), new SessionReport(first, LocalDate.now(clock).minusDays(1), true,
                null, PainScore.of(2), null, ""));
        ui.navigate("my-programme/log");

        var morning = _get(Div.class, spec -> spec.withClasses("portal-morning"));
        _click(_get(morning, Button.class, spec -> spec.withText("Save this morning's pain")));
        assertThat(_get(morning, PainSlider.class).getErrorMessage())
                .isEqualTo("Move the slider to rate your pain this morning (0 to 10).");

        UserInput.enter(_get(morning, PainSlider.class), 1);
        _click(_get(morning, Button.class, spec -> spec.withText("Save this morning's pain")));

        assertThat(confirmation()).isEqualTo("Thank you: this morning's pain is saved.");
        assertThat(_find(Div.class, spec -> spec.withClasses("portal-morning"))).isEmpty();
        assertThat(sessionLogs.forProgramme(mine.programme().id())).extracting(SessionLog::painNextMorning)
                .containsExactly(PainScore.of(1));
    }

    @Test
    void aTapOnTheSliderWhereItStandsRatesNoPain() {
        var mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        ui.signInAs(mine.username());
        ui.navigate("my-programme/log");
        var pain = _get(_find(ExerciseLogRow.class).getFirst(), PainSlider.class);
        assertThat(pain.getValue()).isNull();
        assertThat(pain.reading()).isEqualTo("Not rated yet");

        _fireDomEvent(_get(pain, RangeInput.class), "click");

        assertThat(pain.getValue()).isZero();
        assertThat(pain.reading()).isEqualTo("0 out of 10 — safe");
    }

    private static String problems() {
        return _get(Div.class, spec -> spec.withClasses("portal-problems")).getText();
    }

    private static String confirmation() {
        return _get(Div.class, spec -> spec.withClasses("portal-confirmation")).getText();
    }
}
