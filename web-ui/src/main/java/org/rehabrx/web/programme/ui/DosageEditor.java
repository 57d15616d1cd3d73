package org.rehabrx.web.programme.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The dosage of one prescribed exercise. Every field is checked as it is typed by the domain's own rules,
 * whose messages are shown as they are; a value the domain refuses stays in its field. Below the fields,
 * the sentence the patient will read.
 */
class DosageEditor extends Composite<Div> {

    /** How each set is measured: exactly one of these. */
    enum Measure { REPS, HOLD_SECONDS, DURATION_MINUTES }

    /** The values as typed. */
    static final class Form {
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

    private final IntegerField sets = integerField("programme.dosage.sets", 1, Dosage.MAX_SETS);
    private final Select<Measure> measure = new Select<>();
    private final IntegerField amount = integerField("programme.dosage.amount.REPS", 1, Dosage.MAX_HOLD_SECONDS);
    private final IntegerField rest = integerField("programme.dosage.rest", 0, Dosage.MAX_REST_SECONDS);
    private final BigDecimalField load = new BigDecimalField();
    private final Select<LoadUnit> loadUnit = new Select<>();
    private final IntegerField timesPerDay = integerField("programme.dosage.timesPerDay", 1, Dosage.MAX_TIMES_PER_DAY);
    private final IntegerField daysPerWeek = integerField("programme.dosage.daysPerWeek", 1, 7);
    private final Select<Side> side = new Select<>();
    private final Select<PainScore> painLimit = new Select<>();
    private final Paragraph sentence = new Paragraph();
    private final Binder<Form> binder = new Binder<>();
    private final Runnable onChange;
    private Binder.Binding<Form, Integer> amountBinding;

    DosageEditor(Dosage initial, Runnable onChange) {
        this.onChange = onChange;
        measure.setLabel(getTranslation("programme.dosage.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(value -> getTranslation("programme.dosage.measure." + value.name()));
        load.setLabel(getTranslation("programme.dosage.load"));
        load.setHelperText(getTranslation("programme.dosage.load.help"));
        load.setValueChangeMode(ValueChangeMode.EAGER);
        loadUnit.setLabel(getTranslation("programme.dosage.loadUnit"));
        loadUnit.setItems(LoadUnit.values());
        loadUnit.setItemLabelGenerator(LoadUnit::symbol);
        side.setLabel(getTranslation("programme.dosage.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation("programme.side." + value.name()));
        painLimit.setLabel(getTranslation("programme.dosage.painLimit"));
        painLimit.setItems(IntStream.rangeClosed(0, 10).mapToObj(PainScore::of).toList());
        painLimit.setItemLabelGenerator(PainScore::toString);
        amount.setHelperText(null);
        bind();

        var fields = new FormLayout(sets, measure, amount, rest, load, loadUnit, timesPerDay, daysPerWeek, side,
                painLimit);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("32rem", 4));
        sentence.addClassName("programme-dosage-sentence");
        sentence.getElement().setAttribute("aria-live", "polite");
        getContent().addClassName("programme-dosage");
        getContent().add(fields, sentence);
        setDosage(initial);
    }

    private void bind() {
        binder.forField(sets).withValidator(domain(value -> Dosage.problems(value, 1, null, null, 0, 1, 1)))
                .bind(form -> form.sets, (form, value) -> form.sets = value);
        binder.forField(measure).bind(form -> form.measure, (form, value) -> form.measure = value);
        amountBinding = binder.forField(amount).withValidator(domain(this::amountProblems))
                .bind(form -> form.amount, (form, value) -> form.amount = value);
        binder.forField(rest).withValidator(domain(value -> Dosage.problems(1, 1, null, null, value, 1, 1)))
                .bind(form -> form.restSeconds, (form, value) -> form.restSeconds = value);
        binder.forField(load).withValidator(this::loadProblem)
                .bind(form -> form.loadAmount, (form, value) -> form.loadAmount = value);
        binder.forField(loadUnit).bind(form -> form.loadUnit, (form, value) -> form.loadUnit = value);
        binder.forField(timesPerDay).withValidator(domain(value -> Dosage.problems(1, 1, null, null, 0, value, 1)))
                .bind(form -> form.timesPerDay, (form, value) -> form.timesPerDay = value);
        binder.forField(daysPerWeek).withValidator(domain(value -> Dosage.problems(1, 1, null, null, 0, 1, value)))
                .bind(form -> form.daysPerWeek, (form, value) -> form.daysPerWeek = value);
        binder.forField(side).bind(form -> form.side, (form, value) -> form.side = value);
        binder.forField(painLimit).bind(form -> form.painLimit, (form, value) -> form.painLimit = value);
        binder.setBean(new Form());
        measure.addValueChangeListener(event -> {
            amount.setLabel(getTranslation("programme.dosage.amount." + event.getValue().name()));
            if (event.isFromClient()) {
                amountBinding.validate();
            }
        });
        loadUnit.addValueChangeListener(event -> binder.validate());
        binder.addValueChangeListener(event -> {
            showSentence();
            if (event.isFromClient()) {
                onChange.run();
            }
        });
    }

    private List<String> amountProblems(int value) {
        return switch (measure.getValue()) {
            case REPS -> Dosage.problems(1, value, null, null, 0, 1, 1);
            case HOLD_SECONDS -> Dosage.problems(1, null, value, null, 0, 1, 1);
            case DURATION_MINUTES -> Dosage.problems(1, null, null, value, 0, 1, 1);
        };
    }

    private ValidationResult loadProblem(@Nullable BigDecimal value, com.vaadin.flow.data.binder.ValueContext context) {
        if (value == null) {
            return ValidationResult.ok();
        }
        try {
            new Load(value, loadUnit.getValue());
            return ValidationResult.ok();
        } catch (IllegalArgumentException refused) {
            return ValidationResult.error(refused.getMessage());
        }
    }

    /** A field's value checked by the domain; an empty field asks for a number. */
    private Validator<@Nullable Integer> domain(Function<Integer, List<String>> problems) {
        return (value, context) -> {
            if (value == null) {
                return ValidationResult.error(getTranslation("programme.dosage.number"));
            }
            var found = problems.apply(value);
            return found.isEmpty() ? ValidationResult.ok() : ValidationResult.error(String.join(" ", found));
        };
    }

    /** Shows the dosage, e.g. a level's default dosage after the level was changed. */
    void setDosage(Dosage dosage) {
        sets.setValue(dosage.sets());
        var kind = dosage.reps() != null ? Measure.REPS
                : dosage.holdSeconds() != null ? Measure.HOLD_SECONDS : Measure.DURATION_MINUTES;
        measure.setValue(kind);
        amount.setValue(switch (kind) {
            case REPS -> dosage.reps();
            case HOLD_SECONDS -> dosage.holdSeconds();
            case DURATION_MINUTES -> dosage.durationMinutes();
        });
        rest.setValue(dosage.restSeconds());
        load.setValue(dosage.load() == null ? null : dosage.load().amount());
        loadUnit.setValue(dosage.load() == null ? LoadUnit.KG : dosage.load().unit());
        timesPerDay.setValue(dosage.timesPerDay());
        daysPerWeek.setValue(dosage.daysPerWeek());
        side.setValue(dosage.side());
        painLimit.setValue(dosage.painLimit());
        showSentence();
    }

    /** The dosage as typed, when the domain accepts it. */
    Optional<Dosage> dosage() {
        try {
            var kind = measure.getValue();
            Integer value = amount.getValue();
            var typedLoad = load.getValue() == null ? null : new Load(load.getValue(), loadUnit.getValue());
            if (sets.getValue() == null || rest.getValue() == null || timesPerDay.getValue() == null
                    || daysPerWeek.getValue() == null || value == null) {
                return Optional.empty();
            }
            return Optional.of(new Dosage(sets.getValue(), kind == Measure.REPS ? value : null,
                    kind == Measure.HOLD_SECONDS ? value : null, kind == Measure.DURATION_MINUTES ? value : null,
                    rest.getValue(), typedLoad, timesPerDay.getValue(), daysPerWeek.getValue(), side.getValue(),
                    painLimit.getValue()));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    /** Shows every field's problem; true when the dosage can be saved. */
    boolean validate() {
        return binder.validate().isOk() && dosage().isPresent();
    }

    String sentenceText() {
        return sentence.getText();
    }

    private void showSentence() {
        var current = dosage();
        sentence.setText(current.map(dosage -> getTranslation("programme.dosage.patientReads", dosage.sentence()))
                .orElse(getTranslation("programme.dosage.fixToSeeSentence")));
        sentence.getElement().getClassList().set("programme-dosage-sentence-invalid", current.isEmpty());
    }

    private IntegerField integerField(String labelKey, int min, int max) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setStepButtonsVisible(false);
        field.setHelperText(min + "–" + max);
        return field;
    }
}
