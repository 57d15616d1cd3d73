package org.rehabrx.web.programme.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.rehabrx.web.shared.ui.DomainCheck;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Title, goal, start and review dates and the patient's baseline pain, checked by the domain as typed. */
class ProgrammeDetailsForm extends Composite<Div> {

    /** The details as typed. */
    static final class Form {
        String title = "";
        String goal = "";
        @Nullable LocalDate startDate;
        @Nullable LocalDate reviewDate;
        PainScore baselinePain = PainScore.NONE;
    }

    private final TextField title = new TextField();
    private final Binder<Form> binder = new Binder<>();
    private final Span problem = new Span();

    ProgrammeDetailsForm(Runnable onChange) {
        title.setLabel(getTranslation("programme.details.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        var goal = new TextArea(getTranslation("programme.details.goal"));
        goal.setMaxLength(1000);
        goal.setValueChangeMode(ValueChangeMode.LAZY);
        var start = new DatePicker(getTranslation("programme.details.startDate"));
        var review = new DatePicker(getTranslation("programme.details.reviewDate"));
        var baseline = new Select<PainScore>();
        baseline.setLabel(getTranslation("programme.details.baselinePain"));
        baseline.setHelperText(getTranslation("programme.details.baselinePain.help"));
        baseline.setItems(IntStream.rangeClosed(0, 10).mapToObj(PainScore::of).toList());
        baseline.setItemLabelGenerator(PainScore::toString);

        binder.forField(title).asRequired(getTranslation("programme.details.title.required"))
                .bind(form -> form.title, (form, value) -> form.title = value);
        binder.forField(goal).bind(form -> form.goal, (form, value) -> form.goal = value);
        binder.forField(start).asRequired(getTranslation("programme.details.date.required"))
                .bind(form -> form.startDate, (form, value) -> form.startDate = value);
        binder.forField(review).asRequired(getTranslation("programme.details.date.required"))
                .bind(form -> form.reviewDate, (form, value) -> form.reviewDate = value);
        binder.forField(baseline).bind(form -> form.baselinePain, (form, value) -> form.baselinePain = value);
        binder.withValidator(DomainCheck.accepts(ProgrammeDetailsForm::contentOf));
        binder.setStatusLabel(problem);
        binder.setBean(new Form());
        binder.addValueChangeListener(event -> {
            binder.validate();
            if (event.isFromClient()) {
                onChange.run();
            }
        });

        var fields = new FormLayout(title, start, review, baseline, goal);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        fields.setColspan(title, 3);
        fields.setColspan(goal, 3);
        problem.addClassName("programme-error");
        problem.getElement().setAttribute("role", "alert");
        getContent().add(fields, problem);
    }

    void show(ProgrammeContent content) {
        var form = new Form();
        form.title = content.title();
        form.goal = content.goal();
        form.startDate = content.startDate();
        form.reviewDate = content.reviewDate();
        form.baselinePain = content.baselinePain();
        binder.setBean(form);
    }

    /** The details as typed, when the domain accepts them; shows the problems otherwise. */
    java.util.Optional<Form> details() {
        return binder.validate().isOk() ? java.util.Optional.of(binder.getBean()) : java.util.Optional.empty();
    }

    void focusTitle() {
        title.focus();
    }

    /** The domain's check of the details: a content with them and nothing else. */
    private static ProgrammeContent contentOf(Form form) {
        return new ProgrammeContent(form.title, form.goal, form.startDate, form.reviewDate, List.of(), List.of(),
                List.of(), ProgressionRules.PAIN_MONITORING_MODEL, form.baselinePain, List.of());
    }
}
