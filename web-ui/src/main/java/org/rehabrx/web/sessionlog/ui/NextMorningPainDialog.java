package org.rehabrx.web.sessionlog.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

/** Adds the next-morning pain a patient reports a day or more after the session. */
public class NextMorningPainDialog extends Dialog {

    private static final class PainForm {
        private @Nullable PainScore pain;

        @Nullable PainScore getPain() { return pain; }
        void setPain(@Nullable PainScore pain) { this.pain = pain; }
    }

    private final IntegerField pain = new IntegerField();
    private final DialogProblem problem = new DialogProblem();
    private final Binder<PainForm> binder = new Binder<>();
    private final PainForm form = new PainForm();
    private final SessionLogService sessionLogs;
    private final SessionLog log;
    private final Runnable onSaved;

    public NextMorningPainDialog(SessionLogService sessionLogs, SessionLog log, String exerciseName,
                                 Runnable onSaved) {
        this.sessionLogs = sessionLogs;
        this.log = log;
        this.onSaved = onSaved;
        addClassName("sessionlog-dialog");
        setHeaderTitle(getTranslation("sessionlog.morning.title"));
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(log.date());
        var session = new Paragraph(getTranslation("sessionlog.morning.session", exerciseName, day));
        pain.setLabel(getTranslation("sessionlog.log.painNextMorning"));
        pain.setHelperText(getTranslation("sessionlog.log.painScale"));
        pain.setAutofocus(true);
        binder.forField(pain).asRequired(getTranslation("sessionlog.morning.required"))
                .withConverter(new PainScoreConverter())
                .bind(PainForm::getPain, PainForm::setPain);
        binder.readBean(form);
        add(problem, session, pain);

        var save = new Button(getTranslation("sessionlog.log.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("sessionlog.log.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        problem.clear();
        if (!binder.writeBeanIfValid(form) || form.getPain() == null) {
            return;
        }
        try {
            sessionLogs.addPainNextMorning(log.id(), log.version(), form.getPain());
        } catch (ConcurrentChangeException stale) {
            problem.show(getTranslation("sessionlog.stale"));
            return;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem.show(DomainMessages.translate(refused.getMessage()));
            return;
        }
        close();
        onSaved.run();
    }
}
