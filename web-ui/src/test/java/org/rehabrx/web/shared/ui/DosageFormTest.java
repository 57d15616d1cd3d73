package org.rehabrx.web.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.testing.UserInput.enter;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** The dosage form every screen that edits a dosage uses, on its own. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class DosageFormTest {

    private static final Dosage TEN_REPS = Dosage.reps(3, 10, 30, 2, 5, Side.BOTH, PainScore.of(3));

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    private DosageForm form;

    @BeforeEach
    void aFormShowingTenRepetitions() {
        form = new DosageForm(TEN_REPS);
        UI.getCurrent().add(form);
    }

    @Test
    void aRefusedAmountIsKeptAndAcceptedOnceTheMeasureAllowsIt() {
        var amount = _get(form, IntegerField.class, spec -> spec.withLabel("Repetitions per set"));
        enter(amount, 200);

        assertThat(amount.getErrorMessage()).isEqualTo("Repetitions must be from 1 to 100.");
        assertThat(form.dosage()).isEmpty();
        assertThat(sentence().getText()).isEqualTo("Correct the dosage to see the sentence the patient will read.");
        assertThat(sentence().hasClassName("dosage-sentence-invalid")).isTrue();

        @SuppressWarnings("unchecked")
        Select<DosageForm.Measure> measure = _get(form, Select.class, spec -> spec.withLabel("Each set is"));
        enter(measure, DosageForm.Measure.HOLD);

        assertThat(amount.getLabel()).isEqualTo("Hold (seconds)");
        assertThat(amount.getHelperText()).isEqualTo("1–300");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(amount.getValue()).isEqualTo(200);
        var held = Dosage.hold(3, 200, 30, 2, 5, Side.BOTH, PainScore.of(3));
        assertThat(form.dosage()).contains(held);
        assertThat(sentence().getText()).isEqualTo("The patient reads: " + held.sentence(Locale.ENGLISH));
        assertThat(sentence().hasClassName("dosage-sentence-invalid")).isFalse();
    }

    @Test
    void anEmptyNumberFieldIsMarkedRequiredAndAsksForANumber() {
        var sets = _get(form, IntegerField.class, spec -> spec.withLabel("Sets"));
        assertThat(sets.isRequiredIndicatorVisible()).isTrue();

        enter(sets, null);

        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Enter a number.");
        assertThat(form.dosage()).isEmpty();
        assertThat(form.validate()).isFalse();
        assertThat(sets.getErrorMessage()).isEqualTo("Enter a number.");
    }

    @Test
    void listenersHearTheClinicianNotAReplacedDosage() {
        var changes = new AtomicInteger();
        form.addChangeListener(changes::incrementAndGet);

        form.setDosage(Dosage.duration(1, 20, 0, 1, 7, Side.LEFT, PainScore.of(2)));
        assertThat(changes).hasValue(0);
        assertThat(_get(form, IntegerField.class, spec -> spec.withLabel("Duration (minutes)")).getValue())
                .isEqualTo(20);

        enter(_get(form, IntegerField.class, spec -> spec.withLabel("Sets")), 11);
        assertThat(changes).hasValue(1);
        assertThat(form.validate()).isFalse();

        form.setDosage(TEN_REPS);
        assertThat(_get(form, IntegerField.class, spec -> spec.withLabel("Sets")).isInvalid()).isFalse();
        assertThat(form.dosage()).contains(TEN_REPS);
        assertThat(changes).hasValue(1);
    }

    @Test
    void aSpanishClinicianSeesTheSentenceInSpanish() {
        UI.getCurrent().setLocale(Translations.SPANISH);
        form = new DosageForm(TEN_REPS);
        UI.getCurrent().add(form);

        assertThat(sentence().getText()).isEqualTo("El paciente lee: 3 series de 10 repeticiones, descanso de "
                + "30 segundos entre series — dos veces al día, 5 días a la semana, ambos pies");
    }

    @Test
    void aSpanishClinicianReadsTheDomainsRefusalAtTheField() {
        UI.getCurrent().setLocale(Translations.SPANISH);
        form = new DosageForm(TEN_REPS);
        UI.getCurrent().add(form);
        var amount = _get(form, IntegerField.class, spec -> spec.withLabel("Repeticiones por serie"));

        enter(amount, 200);

        assertThat(amount.getErrorMessage()).isEqualTo("Las repeticiones deben ser de 1 a 100.");
        assertThat(form.dosage()).isEmpty();
    }

    private Paragraph sentence() {
        return _get(form, Paragraph.class, spec -> spec.withClasses("dosage-sentence"));
    }
}
