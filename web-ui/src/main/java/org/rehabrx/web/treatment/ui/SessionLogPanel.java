package org.rehabrx.web.treatment.ui;

import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.ui.ExerciseChoice;
import org.rehabrx.web.sessionlog.ui.LogSessionDialog;
import org.rehabrx.web.sessionlog.ui.NextMorningPainDialog;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The programme's session logs, newest first, with clinician-side entry for sessions reported in clinic. */
class SessionLogPanel extends Panel {

    SessionLogPanel(PatientRecord record, SessionLogService sessionLogs, Runnable onChanged) {
        super("treatment-logs");
        heading(getTranslation("treatment.logs.heading"));
        var programme = record.programme();
        boolean canLog = programme != null && programme.status() == ProgrammeStatus.ACTIVE
                && record.patient().isActive();
        if (canLog) {
            var choices = programme.content().exercises().stream()
                    .map(p -> new ExerciseChoice(p.exercise(), record.exerciseName(p.exercise())))
                    .toList();
            var log = new Button(getTranslation("treatment.logs.add"), VaadinIcon.PLUS.create(),
                    click -> new LogSessionDialog(sessionLogs, programme.id(), choices, record.today(), onChanged)
                            .open());
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.addClassName("treatment-log-session");
            actions.add(log);
        }
        if (record.sessionLogs().isEmpty()) {
            var none = new Paragraph(getTranslation(programme == null ? "treatment.logs.noProgramme"
                    : "treatment.logs.none"));
            none.addClassName("treatment-muted");
            add(none);
            return;
        }
        add(grid(record, sessionLogs, onChanged, canLog));
    }

    private Grid<SessionLog> grid(PatientRecord record, SessionLogService sessionLogs, Runnable onChanged,
                                  boolean canLog) {
        var formats = new Formats(getLocale());
        var grid = new Grid<SessionLog>();
        grid.addClassName("treatment-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(log -> formats.date(log.date())).setHeader(getTranslation("treatment.logs.date"))
                .setKey("date").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(log -> record.exerciseName(log.exercise())).setHeader(getTranslation("treatment.logs.exercise"))
                .setKey("exercise").setWidth("7em").setFlexGrow(2);
        grid.addColumn(SessionLog::level).setHeader(getTranslation("treatment.logs.level")).setKey("level")
                .setTextAlign(ColumnTextAlign.END).setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(this::completed).setHeader(getTranslation("treatment.logs.completed")).setKey("completed")
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(log -> Formats.pain(log.painDuring())).setHeader(getTranslation("treatment.logs.painDuring"))
                .setKey("painDuring").setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0);
        grid.addComponentColumn(log -> nextMorning(record, log, sessionLogs, onChanged, canLog, formats))
                .setHeader(getTranslation("treatment.logs.painNextMorning")).setKey("painNextMorning")
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        grid.addColumn(SessionLog::comment).setHeader(getTranslation("treatment.logs.comment")).setKey("comment")
                .setWidth("4.5em").setFlexGrow(1);
        grid.setItems(record.sessionLogs());
        return grid;
    }

    /** Whether the session was done as prescribed, with the sets done where the patient said. */
    private String completed(SessionLog log) {
        var answer = getTranslation(log.completed() ? "treatment.logs.yes" : "treatment.logs.no");
        return log.setsDone() == null ? answer : getTranslation("treatment.logs.withSets", answer, log.setsDone());
    }

    private Component nextMorning(PatientRecord record, SessionLog log, SessionLogService sessionLogs,
                                  Runnable onChanged, boolean canLog, Formats formats) {
        if (log.painNextMorning() != null || !canLog || !log.date().isBefore(record.today())) {
            return new Span(Formats.pain(log.painNextMorning()));
        }
        var add = new Button(getTranslation("treatment.logs.addMorning"), click ->
                new NextMorningPainDialog(sessionLogs, log, record.exerciseName(log.exercise()), onChanged).open());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        add.setAriaLabel(getTranslation("treatment.logs.addMorningFor", record.exerciseName(log.exercise()),
                formats.date(log.date())));
        return add;
    }
}
