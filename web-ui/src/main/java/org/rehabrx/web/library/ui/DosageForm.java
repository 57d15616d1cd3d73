package org.rehabrx.web.library.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.shared.ui.DomainCheck;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A dosage as the clinician types it: each field is checked by the domain as it changes, with the domain's
 * own words, and the sentence the patient will read follows every valid change. Invalid input stays in its
 * field until corrected.
 */
public class DosageForm extends Composite<Div> {

    /** How each set is measured: exactly one of repetitions, a hold or a duration. */
    public enum Measure {
        REPS, HOLD, DURATION
    }

    /** The form's values, including those that do not make a dosage yet. */
    static final class Draft {
        @Nullable Integer sets;
        Measure measure = Measure.REPS;
        @Nullable Integer amount;
        @Nullable Integer restSeconds;
        @Nullable BigDecimal loadAmount;
        LoadUnit loadUnit = LoadUnit.KG;
        @Nullable Integer timesPerDay;
        @Nullable Integer daysPerWeek;
        Side side = Side.BOTH;
        @Nullable Integer painLimit;
    }

    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();
    private final IntegerField sets = integerField("library.dosage.sets");
    private final Select<Measure> measure = new Select<>();
    private final IntegerField amount = integerField("library.dosage.amount");
    private final IntegerField rest = integerField("library.dosage.rest");
    private final BigDecimalField load = new BigDecimalField();
    private final Select<LoadUnit> loadUnit = new Select<>();
    private final IntegerField timesPerDay = integerField("library.dosage.timesPerDay");
    private final IntegerField daysPerWeek = integerField("library.dosage.daysPerWeek");
    private final Select<Side> side = new Select<>();
    private final IntegerField painLimit = integerField("library.dosage.painLimit");
    private final Paragraph sentence = new Paragraph();
    private final Span problem = new Span();

    public DosageForm(Dosage initial) {
        measure.setLabel(getTranslation("library.dosage.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(value -> getTranslation("library.dosage.measure." + value.name()));
        load.setLabel(getTranslation("library.dosage.load"));
        load.setHelperText(getTranslation("library.dosage.loadHelp"));
        load.setValueChangeMode(ValueChangeMode.EAGER);
        loadUnit.setLabel(getTranslation("library.dosage.loadUnit"));
        loadUnit.setItems(LoadUnit.values());
        loadUnit.setItemLabelGenerator(LoadUnit::symbol);
        side.setLabel(getTranslation("library.dosage.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation("library.side." + value.name()));
        painLimit.setMin(0);
        painLimit.setMax(10);
        painLimit.setHelperText(getTranslation("library.dosage.painLimitHelp"));
        bind();

        sentence.addClassName("library-dosage-sentence");
        sentence.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("library-form-error");
        problem.getElement().setAttribute("role", "alert");
        var fields = new FormLayout(sets, measure, amount, rest, load, loadUnit, timesPerDay, daysPerWeek, side,
                painLimit);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2),
                new FormLayout.ResponsiveStep("40em", 4));
        var sentenceLabel = new Span(getTranslation("library.dosage.sentence"));
        sentenceLabel.addClassName("library-caption");
        getContent().addClassName("library-dosage");
        getContent().add(fields, sentenceLabel, sentence, problem);

        setDosage(initial);
    }

    private void bind() {
        String required = getTranslation("library.form.required");
        binder.forField(sets).asRequired(required)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(value, 1, null, null, 0, 1, 1)))
                .bind(d -> d.sets, (d, value) -> d.sets = value);
        binder.forField(measure).asRequired(required).bind(d -> d.measure, (d, value) -> d.measure = value);
        var amountBinding = binder.forField(amount).asRequired(required)
                .withValidator(DomainCheck.problems(this::amountProblems))
                .bind(d -> d.amount, (d, value) -> d.amount = value);
        measure.addValueChangeListener(change -> {
            amount.setLabel(getTranslation("library.dosage.amount." + measureOrReps().name()));
            amountBinding.validate();
        });
        binder.forField(rest).asRequired(required)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, value, 1, 1)))
                .bind(d -> d.restSeconds, (d, value) -> d.restSeconds = value);
        var loadBinding = binder.forField(load)
                .withValidator(DomainCheck.accepts(value -> new Load(value, unitOrKg())))
                .bind(d -> d.loadAmount, (d, value) -> d.loadAmount = value);
        binder.forField(loadUnit).asRequired(required).bind(d -> d.loadUnit, (d, value) -> d.loadUnit = value);
        loadUnit.addValueChangeListener(change -> loadBinding.validate());
        binder.forField(timesPerDay).asRequired(required)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, 0, value, 1)))
                .bind(d -> d.timesPerDay, (d, value) -> d.timesPerDay = value);
        binder.forField(daysPerWeek).asRequired(required)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, 0, 1, value)))
                .bind(d -> d.daysPerWeek, (d, value) -> d.daysPerWeek = value);
        binder.forField(side).asRequired(required).bind(d -> d.side, (d, value) -> d.side = value);
        binder.forField(painLimit).asRequired(required)
                .withValidator(DomainCheck.accepts(PainScore::new))
                .bind(d -> d.painLimit, (d, value) -> d.painLimit = value);
        binder.setBean(draft);
        binder.addStatusChangeListener(status -> showSentence());
        List<HasValue<?, ?>> all = List.of(sets, measure, amount, rest, load, loadUnit, timesPerDay, daysPerWeek,
                side, painLimit);
        all.forEach(field -> field.addValueChangeListener(change -> showSentence()));
    }

    private List<String> amountProblems(Integer value) {
        return switch (measureOrReps()) {
            case REPS -> Dosage.problems(1, value, null, null, 0, 1, 1);
            case HOLD -> Dosage.problems(1, null, value, null, 0, 1, 1);
            case DURATION -> Dosage.problems(1, null, null, value, 0, 1, 1);
        };
    }

    private Measure measureOrReps() {
        return measure.getValue() == null ? Measure.REPS : measure.getValue();
    }

    private LoadUnit unitOrKg() {
        return loadUnit.getValue() == null ? LoadUnit.KG : loadUnit.getValue();
    }

    /** Shows the dosage's values, replacing whatever was typed. */
    public void setDosage(Dosage dosage) {
        draft.sets = dosage.sets();
        draft.measure = dosage.reps() != null ? Measure.REPS : dosage.holdSeconds() != null ? Measure.HOLD
                : Measure.DURATION;
        draft.amount = dosage.reps() != null ? dosage.reps() : dosage.holdSeconds() != null ? dosage.holdSeconds()
                : dosage.durationMinutes();
        draft.restSeconds = dosage.restSeconds();
        draft.loadAmount = dosage.load() == null ? null : dosage.load().amount();
        draft.loadUnit = dosage.load() == null ? LoadUnit.KG : dosage.load().unit();
        draft.timesPerDay = dosage.timesPerDay();
        draft.daysPerWeek = dosage.daysPerWeek();
        draft.side = dosage.side();
        draft.painLimit = dosage.painLimit().value();
        binder.setBean(draft);
        showSentence();
    }

    /**
     * The dosage the fields make, after marking every field that does not; empty while any is invalid, with
     * the reason shown. Nothing typed is cleared.
     */
    public Optional<Dosage> dosage() {
        if (!binder.validate().isOk()) {
            showSentence();
            return Optional.empty();
        }
        return built();
    }

    /** Whether the fields currently make a dosage, without marking any field. */
    public boolean isValid() {
        return binder.isValid() && built().isPresent();
    }

    private Optional<Dosage> built() {
        if (!binder.isValid()) {
            return Optional.empty();
        }
        try {
            var chosenLoad = draft.loadAmount == null ? null : new Load(draft.loadAmount, draft.loadUnit);
            int value = draft.amount == null ? 0 : draft.amount;
            var dosage = new Dosage(orZero(draft.sets), draft.measure == Measure.REPS ? value : null,
                    draft.measure == Measure.HOLD ? value : null, draft.measure == Measure.DURATION ? value : null,
                    orZero(draft.restSeconds), chosenLoad, orZero(draft.timesPerDay), orZero(draft.daysPerWeek),
                    draft.side, PainScore.of(orZero(draft.painLimit)));
            problem.setText("");
            return Optional.of(dosage);
        } catch (IllegalArgumentException refused) {
            problem.setText(refused.getMessage());
            return Optional.empty();
        }
    }

    private void showSentence() {
        var dosage = built();
        sentence.setText(dosage.map(Dosage::sentence).orElse(getTranslation("library.dosage.noSentence")));
    }

    /** The sentence the patient would read, or the note that the values do not make a dosage yet. */
    public String sentence() {
        return sentence.getText();
    }

    /** Runs the listener whenever the clinician changes a value, valid or not. */
    public void addChangeListener(Runnable listener) {
        binder.addValueChangeListener(change -> listener.run());
    }

    /** Puts the keyboard focus on the first field. */
    public void focus() {
        sets.focus();
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private IntegerField integerField(String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setStepButtonsVisible(false);
        return field;
    }
}
