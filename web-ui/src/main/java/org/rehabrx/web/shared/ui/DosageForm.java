package org.rehabrx.web.shared.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * A dosage as the clinician types it, wherever one is edited: a level's default dosage in the library, a
 * prescribed exercise in the programme editor, and a proposed dosage before it is accepted. Each field is
 * checked by the domain as it changes, with the domain's own words; a value the domain refuses stays in its
 * field until corrected. Below the fields, the sentence the patient will read follows every change and is
 * announced to screen readers.
 */
public class DosageForm extends Composite<Div> {

    /** How each set is measured: exactly one of repetitions, a hold or a duration. */
    enum Measure {
        REPS(Dosage.MAX_REPS), HOLD(Dosage.MAX_HOLD_SECONDS), DURATION(Dosage.MAX_DURATION_MINUTES);

        private final int maximum;

        Measure(int maximum) {
            this.maximum = maximum;
        }
    }

    /** The values Binder writes as the domain accepts them one by one; {@link #setDosage} fills the fields from it. */
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
        PainScore painLimit = PainScore.of(5);
    }

    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();
    private final IntegerField sets = integerField("dosage.sets", 1, Dosage.MAX_SETS);
    private final Select<Measure> measure = new Select<>();
    private final IntegerField amount = integerField("dosage.amount.REPS", 1, Dosage.MAX_REPS);
    private final IntegerField rest = integerField("dosage.rest", 0, Dosage.MAX_REST_SECONDS);
    private final BigDecimalField load = new BigDecimalField();
    private final Select<LoadUnit> loadUnit = new Select<>();
    private final IntegerField timesPerDay = integerField("dosage.timesPerDay", 1, Dosage.MAX_TIMES_PER_DAY);
    private final IntegerField daysPerWeek = integerField("dosage.daysPerWeek", 1, 7);
    private final Select<Side> side = new Select<>();
    private final Select<PainScore> painLimit = new Select<>();
    private final Paragraph sentence = new Paragraph();
    private final Span problem = new Span();

    public DosageForm(Dosage initial) {
        measure.setLabel(getTranslation("dosage.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(value -> getTranslation("dosage.measure." + value.name()));
        load.setLabel(getTranslation("dosage.load"));
        load.setHelperText(getTranslation("dosage.load.help"));
        load.setValueChangeMode(ValueChangeMode.EAGER);
        loadUnit.setLabel(getTranslation("dosage.loadUnit"));
        loadUnit.setItems(LoadUnit.values());
        loadUnit.setItemLabelGenerator(LoadUnit::symbol);
        side.setLabel(getTranslation("dosage.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation("side." + value.name()));
        painLimit.setLabel(getTranslation("dosage.painLimit"));
        painLimit.setHelperText(getTranslation("dosage.painLimit.help"));
        painLimit.setItems(IntStream.rangeClosed(0, 10).mapToObj(PainScore::of).toList());
        painLimit.setItemLabelGenerator(PainScore::toString);
        bind();

        sentence.addClassName("dosage-sentence");
        sentence.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("dosage-problem");
        problem.getElement().setAttribute("role", "alert");
        var fields = new FormLayout(sets, measure, amount, rest, load, loadUnit, timesPerDay, daysPerWeek, side,
                painLimit);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2),
                new FormLayout.ResponsiveStep("40em", 4));
        getContent().addClassName("dosage-form");
        getContent().add(fields, sentence, problem);

        setDosage(initial);
    }

    private void bind() {
        String number = getTranslation("dosage.number");
        binder.forField(sets).asRequired(number)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(value, 1, null, null, 0, 1, 1)))
                .bind(d -> d.sets, (d, value) -> d.sets = value);
        binder.forField(measure).bind(d -> d.measure, (d, value) -> d.measure = value);
        var amountBinding = binder.forField(amount).asRequired(number)
                .withValidator(DomainCheck.problems(this::amountProblems))
                .bind(d -> d.amount, (d, value) -> d.amount = value);
        binder.forField(rest).asRequired(number)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, value, 1, 1)))
                .bind(d -> d.restSeconds, (d, value) -> d.restSeconds = value);
        var loadBinding = binder.forField(load)
                .withValidator(DomainCheck.accepts(value -> new Load(value, unitOrKg())))
                .bind(d -> d.loadAmount, (d, value) -> d.loadAmount = value);
        binder.forField(loadUnit).bind(d -> d.loadUnit, (d, value) -> d.loadUnit = value);
        binder.forField(timesPerDay).asRequired(number)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, 0, value, 1)))
                .bind(d -> d.timesPerDay, (d, value) -> d.timesPerDay = value);
        binder.forField(daysPerWeek).asRequired(number)
                .withValidator(DomainCheck.problems(value -> Dosage.problems(1, 1, null, null, 0, 1, value)))
                .bind(d -> d.daysPerWeek, (d, value) -> d.daysPerWeek = value);
        binder.forField(side).bind(d -> d.side, (d, value) -> d.side = value);
        binder.forField(painLimit).bind(d -> d.painLimit, (d, value) -> d.painLimit = value);
        binder.setBean(draft);

        measure.addValueChangeListener(change -> {
            var chosen = measureOrReps();
            amount.setLabel(getTranslation("dosage.amount." + chosen.name()));
            amount.setHelperText(range(1, chosen.maximum));
            if (change.isFromClient()) {
                amountBinding.validate();
            }
        });
        loadUnit.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                loadBinding.validate();
            }
        });
        binder.addValueChangeListener(change -> showSentence());
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

    /** Shows the dosage's values, replacing whatever was typed and clearing its problems. */
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
        draft.painLimit = dosage.painLimit();
        binder.setBean(draft);
        showSentence();
    }

    /**
     * The dosage the fields show, or empty while any field is refused; marks nothing and clears nothing. Read
     * from the fields rather than the bean, so that a value accepted only after another field changed (a
     * hold of 200 seconds once "a hold" is chosen) counts as typed.
     */
    public Optional<Dosage> dosage() {
        var chosenSide = side.getValue();
        var chosenPainLimit = painLimit.getValue();
        if (!binder.isValid() || chosenSide == null || chosenPainLimit == null) {
            return Optional.empty();
        }
        try {
            var kind = measureOrReps();
            int value = orZero(amount.getValue());
            var chosenLoad = load.getValue() == null ? null : new Load(load.getValue(), unitOrKg());
            var dosage = new Dosage(orZero(sets.getValue()), kind == Measure.REPS ? value : null,
                    kind == Measure.HOLD ? value : null, kind == Measure.DURATION ? value : null,
                    orZero(rest.getValue()), chosenLoad, orZero(timesPerDay.getValue()),
                    orZero(daysPerWeek.getValue()), chosenSide, chosenPainLimit);
            problem.setText("");
            return Optional.of(dosage);
        } catch (IllegalArgumentException refused) {
            problem.setText(DomainMessages.translate(refused.getMessage()));
            return Optional.empty();
        }
    }

    /** Marks every field the domain refuses, with its reason; true when the fields make a dosage. */
    public boolean validate() {
        boolean fieldsValid = binder.validate().isOk();
        showSentence();
        return fieldsValid && dosage().isPresent();
    }

    private void showSentence() {
        var current = dosage();
        sentence.setText(current.map(dosage -> getTranslation("dosage.patientReads", dosage.sentence(getLocale())))
                .orElse(getTranslation("dosage.fixToSeeSentence")));
        sentence.getElement().getClassList().set("dosage-sentence-invalid", current.isEmpty());
    }

    /**
     * Runs the listener whenever the clinician changes a value, valid or not; not when {@link #setDosage}
     * replaces the values.
     */
    public Registration addChangeListener(Runnable listener) {
        return binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                listener.run();
            }
        });
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

    private static String range(int minimum, int maximum) {
        return minimum + "–" + maximum;
    }

    private IntegerField integerField(String labelKey, int minimum, int maximum) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setStepButtonsVisible(false);
        field.setHelperText(range(minimum, maximum));
        return field;
    }
}
