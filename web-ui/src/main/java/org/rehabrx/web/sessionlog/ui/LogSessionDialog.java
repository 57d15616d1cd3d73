package org.rehabrx.web.sessionlog.ui;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * A session the patient reported in clinic or by phone, entered by a clinician of the care team. Nothing typed is
 * lost when a value is refused: the dialog stays open with the message beside the field or above the buttons.
 */
public class LogSessionDialog extends Dialog {

    /** The form as typed, in the domain's own types where one exists. */
    static final class SessionForm {
        private @Nullable ExerciseChoice exercise;
        private @Nullable LocalDate date;
        private boolean completed = true;
        private @Nullable Integer setsDone;
        private @Nullable PainScore painDuring;
        private @Nullable PainScore painNextMorning;
        private String comment = "";

        @Nullable ExerciseChoice getExercise() { return exercise; }
        void setExercise(@Nullable ExerciseChoice exercise) { this.exercise = exercise; }
        @Nullable LocalDate getDate() { return date; }
        void setDate(@Nullable LocalDate date) { this.date = date; }
        boolean isCompleted() { return completed; }
        void setCompleted(boolean completed) { this.completed = completed; }
        @Nullable Integer getSetsDone() { return setsDone; }
        void setSetsDone(@Nullable Integer setsDone) { this.setsDone = setsDone; }
        @Nullable PainScore getPainDuring() { return painDuring; }
        void setPainDuring(@Nullable PainScore painDuring) { this.painDuring = painDuring; }
        @Nullable PainScore getPainNextMorning() { return painNextMorning; }
        void setPainNextMorning(@Nullable PainScore painNextMorning) { this.painNextMorning = painNextMorning; }
        String getComment() { return comment; }
        void setComment(@Nullable String comment) { this.comment = comment == null ? "" : comment; }
    }

    private final ComboBox<ExerciseChoice> exercise = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final Checkbox completed = new Checkbox();
    private final IntegerField setsDone = new IntegerField();
    private final IntegerField painDuring = new IntegerField();
    private final IntegerField painNextMorning = new IntegerField();
    private final TextField comment = new TextField();
    private final DialogProblem problem = new DialogProblem();
    private final Binder<SessionForm> binder = new Binder<>();
    private final SessionForm form = new SessionForm();

    private final SessionLogService sessionLogs;
    private final ProgrammeId programme;
    private final Runnable onLogged;

    public LogSessionDialog(SessionLogService sessionLogs, ProgrammeId programme, List<ExerciseChoice> exercises,
                            LocalDate today, Runnable onLogged) {
        this.sessionLogs = sessionLogs;
        this.programme = programme;
        this.onLogged = onLogged;
        addClassName("sessionlog-dialog");
        setHeaderTitle(getTranslation("sessionlog.log.title"));
        setCloseOnOutsideClick(false);

        exercise.setLabel(getTranslation("sessionlog.log.exercise"));
        exercise.setItems(exercises);
        exercise.setItemLabelGenerator(ExerciseChoice::name);
        exercise.setAutofocus(true);
        date.setLabel(getTranslation("sessionlog.log.date"));
        date.setLocale(getLocale());
        completed.setLabel(getTranslation("sessionlog.log.completed"));
        setsDone.setLabel(getTranslation("sessionlog.log.setsDone"));
        setsDone.setHelperText(getTranslation("sessionlog.log.optional"));
        painDuring.setLabel(getTranslation("sessionlog.log.painDuring"));
        painDuring.setHelperText(getTranslation("sessionlog.log.painScale"));
        painNextMorning.setLabel(getTranslation("sessionlog.log.painNextMorning"));
        painNextMorning.setHelperText(getTranslation("sessionlog.log.painNextMorningHelp"));
        comment.setLabel(getTranslation("sessionlog.log.comment"));
        comment.setMaxLength(1000);

        binder.forField(exercise).asRequired(getTranslation("sessionlog.log.exerciseRequired"))
                .bind(SessionForm::getExercise, SessionForm::setExercise);
        binder.forField(date).asRequired(getTranslation("sessionlog.log.dateRequired"))
                .withValidator(day -> !day.isAfter(today), getTranslation("sessionlog.log.dateInFuture"))
                .bind(SessionForm::getDate, SessionForm::setDate);
        binder.forField(completed).bind(SessionForm::isCompleted, SessionForm::setCompleted);
        binder.forField(setsDone)
                .withValidator(sets -> sets == null || (sets >= 0 && sets <= 20),
                        getTranslation("sessionlog.log.setsDoneRange"))
                .bind(SessionForm::getSetsDone, SessionForm::setSetsDone);
        var painDuringBinding = binder.forField(painDuring).withConverter(new PainScoreConverter())
                .withValidator(pain -> pain != null || !completed.getValue(),
                        getTranslation("sessionlog.log.painDuringRequired"))
                .bind(SessionForm::getPainDuring, SessionForm::setPainDuring);
        binder.forField(painNextMorning).withConverter(new PainScoreConverter())
                .bind(SessionForm::getPainNextMorning, SessionForm::setPainNextMorning);
        binder.forField(comment).bind(SessionForm::getComment, SessionForm::setComment);
        form.setDate(today);
        if (exercises.size() == 1) {
            form.setExercise(exercises.getFirst());
        }
        binder.readBean(form);
        completed.addValueChangeListener(change -> {
            if (painDuring.isInvalid()) {
                painDuringBinding.validate();
            }
        });

        var fields = new FormLayout(exercise, date, completed, setsDone, painDuring, painNextMorning, comment);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.setColspan(exercise, 2);
        fields.setColspan(comment, 2);
        add(problem, fields);

        var save = new Button(getTranslation("sessionlog.log.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("sessionlog.log.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        problem.clear();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var chosen = form.getExercise();
        var day = form.getDate();
        if (chosen == null || day == null) {
            return;
        }
        try {
            sessionLogs.log(programme, new SessionReport(chosen.id(), day, form.isCompleted(), form.getSetsDone(),
                    form.getPainDuring(), form.getPainNextMorning(), form.getComment()));
        } catch (ConcurrentChangeException stale) {
            problem.show(getTranslation("sessionlog.stale"));
            return;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem.show(DomainMessages.translate(refused.getMessage()));
            return;
        }
        close();
        onLogged.run();
    }
}
