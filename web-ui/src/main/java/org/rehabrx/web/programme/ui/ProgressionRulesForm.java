package org.rehabrx.web.programme.ui;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.ProgressionRules;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.rehabrx.web.shared.ui.DomainCheck;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The parameters of the programme's progression rule (the pain-monitoring model): how many sessions an
 * advance needs, the pain thresholds, dosage steps and caps. The domain checks them together; its
 * message is shown as it is, and the rule is shown in the words the patient reads.
 */
class ProgressionRulesForm extends Composite<Div> {

    /** The parameters as typed. */
    static final class Form {
        @Nullable Integer sessionsRequired;
        @Nullable Integer advanceMaxPain;
        @Nullable Integer holdMaxPain;
        @Nullable Integer repsStep;
        @Nullable Integer holdStepSeconds;
        @Nullable Integer durationStepMinutes;
        @Nullable Integer repsCap;
        @Nullable Integer holdCapSeconds;
        @Nullable Integer durationCapMinutes;
    }

    private final Binder<Form> binder = new Binder<>();
    private final Span problem = new Span();
    private final UnorderedList plainLanguage = new UnorderedList();
    private final Runnable onChange;

    ProgressionRulesForm(Runnable onChange) {
        this.onChange = onChange;
        var sessions = field("sessionsRequired");
        var advance = field("advanceMaxPain");
        var hold = field("holdMaxPain");
        var repsStep = field("repsStep");
        var holdStep = field("holdStepSeconds");
        var durationStep = field("durationStepMinutes");
        var repsCap = field("repsCap");
        var holdCap = field("holdCapSeconds");
        var durationCap = field("durationCapMinutes");
        binder.forField(sessions).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.sessionsRequired, (form, value) -> form.sessionsRequired = value);
        binder.forField(advance).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.advanceMaxPain, (form, value) -> form.advanceMaxPain = value);
        binder.forField(hold).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.holdMaxPain, (form, value) -> form.holdMaxPain = value);
        binder.forField(repsStep).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.repsStep, (form, value) -> form.repsStep = value);
        binder.forField(holdStep).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.holdStepSeconds, (form, value) -> form.holdStepSeconds = value);
        binder.forField(durationStep).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.durationStepMinutes, (form, value) -> form.durationStepMinutes = value);
        binder.forField(repsCap).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.repsCap, (form, value) -> form.repsCap = value);
        binder.forField(holdCap).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.holdCapSeconds, (form, value) -> form.holdCapSeconds = value);
        binder.forField(durationCap).asRequired(getTranslation("programme.dosage.number"))
                .bind(form -> form.durationCapMinutes, (form, value) -> form.durationCapMinutes = value);
        binder.withValidator(DomainCheck.accepts(ProgressionRulesForm::rulesOf));
        binder.setStatusLabel(problem);
        binder.setBean(new Form());
        binder.addValueChangeListener(event -> {
            binder.validate();
            showPlainLanguage();
            if (event.isFromClient()) {
                onChange.run();
            }
        });

        var fields = new FormLayout(sessions, advance, hold, repsStep, holdStep, durationStep, repsCap, holdCap,
                durationCap);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("36rem", 3));
        problem.addClassName("programme-error");
        problem.getElement().setAttribute("role", "alert");
        plainLanguage.addClassName("programme-rules-plain");
        getContent().add(fields, problem, plainLanguage);
    }

    void show(ProgressionRules rules) {
        var form = new Form();
        form.sessionsRequired = rules.sessionsRequired();
        form.advanceMaxPain = rules.advanceMaxPain();
        form.holdMaxPain = rules.holdMaxPain();
        form.repsStep = rules.repsStep();
        form.holdStepSeconds = rules.holdStepSeconds();
        form.durationStepMinutes = rules.durationStepMinutes();
        form.repsCap = rules.repsCap();
        form.holdCapSeconds = rules.holdCapSeconds();
        form.durationCapMinutes = rules.durationCapMinutes();
        binder.setBean(form);
        showPlainLanguage();
    }

    /** The rules as typed, when the domain accepts them; shows the problems otherwise. */
    Optional<ProgressionRules> rules() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(rulesOf(binder.getBean()));
    }

    private void showPlainLanguage() {
        plainLanguage.removeAll();
        try {
            rulesOf(binder.getBean()).plainLanguage().forEach(line -> plainLanguage.add(new ListItem(line)));
        } catch (IllegalArgumentException | NullPointerException notYet) {
            // the problem is shown in the status label
        }
    }

    private static ProgressionRules rulesOf(Form form) {
        return new ProgressionRules(value(form.sessionsRequired), value(form.advanceMaxPain), value(form.holdMaxPain),
                value(form.repsStep), value(form.holdStepSeconds), value(form.durationStepMinutes),
                value(form.repsCap), value(form.holdCapSeconds), value(form.durationCapMinutes));
    }

    private static int value(@Nullable Integer typed) {
        if (typed == null) {
            throw new IllegalArgumentException("Enter every parameter of the progression rule.");
        }
        return typed;
    }

    private IntegerField field(String name) {
        var field = new IntegerField(getTranslation("programme.rules." + name));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }
}
