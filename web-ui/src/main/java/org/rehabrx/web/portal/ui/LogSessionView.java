package org.rehabrx.web.portal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.portal.PortalService;
import org.rehabrx.web.portal.TodaysSession;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * "Log today's session": done or not and pain during each exercise, and this morning's pain after
 * yesterday's session. A refused entry keeps everything typed and says what to fix; a saved one is confirmed.
 */
@Route("my-programme/log")
@Menu(order = 11, icon = "EDIT", title = "portal.nav.log")
@RolesAllowed("PATIENT")
@StyleSheet("styles/portal.css")
public class LogSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;
    private final Div confirmation = new Div();
    private final Div problems = new Div();
    private final List<ExerciseLogRow> rows = new ArrayList<>();

    public LogSessionView(PortalService portal) {
        this.portal = portal;
        addClassNames("app-view", "portal-view");
        setPadding(false);
        confirmation.addClassName("portal-confirmation");
        confirmation.getElement().setAttribute("role", "status");
        problems.addClassName("portal-problems");
        problems.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var loaded = LinkedRecord.load(this, portal::todaysSession);
        if (loaded.isEmpty()) {
            return;
        }
        var session = loaded.get();
        PortalLanguage.speak(UI.getCurrent(), session.language());
        confirmation.setText("");
        show(session);
    }

    private void show(TodaysSession session) {
        removeAll();
        rows.clear();
        problems.setText("");
        problems.setVisible(false);
        add(confirmation);
        if (!session.hasProgramme()) {
            add(emptyState(getTranslation("portal.log.noProgramme")));
            return;
        }
        if (session.startsOn().isPresent()) {
            add(emptyState(getTranslation("portal.log.notStarted", date(session.startsOn().get()))));
            return;
        }
        if (!session.awaitingNextMorning().isEmpty()) {
            add(nextMorning(session));
        }
        add(new H3(getTranslation("portal.log.today", date(session.today()))));
        if (session.exercises().stream().allMatch(TodaysSession.ExerciseToLog::loggedToday)) {
            add(emptyState(getTranslation("portal.log.allLogged")));
        } else {
            add(new Paragraph(getTranslation("portal.log.intro")));
        }
        add(problems);
        session.exercises().forEach(exercise -> {
            if (exercise.loggedToday()) {
                add(ExerciseLogRow.alreadyLogged(exercise));
            } else {
                var row = new ExerciseLogRow(exercise);
                rows.add(row);
                add(row);
            }
        });
        if (!rows.isEmpty()) {
            var save = new Button(getTranslation("portal.log.save"), click -> saveToday());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassNames("portal-button", "portal-save");
            add(save);
        }
    }

    private Div nextMorning(TodaysSession session) {
        var section = new Div();
        section.addClassNames("portal-card", "portal-morning");
        var question = new Paragraph(getTranslation("portal.morning.question",
                String.join(", ", session.awaitingNextMorning())));
        var pain = new PainSlider(getTranslation("portal.morning.pain"));
        var save = new Button(getTranslation("portal.morning.save"), click -> {
            if (pain.getValue() == null) {
                pain.setInvalid(true);
                pain.setErrorMessage(getTranslation("portal.morning.ratePain"));
                return;
            }
            if (attempt(() -> portal.logNextMorningPain(PainScore.of(pain.getValue())))) {
                show(portal.todaysSession());
                confirm(getTranslation("portal.morning.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("portal-button");
        section.add(new H3(getTranslation("portal.morning.heading")), question, pain, save);
        return section;
    }

    private void saveToday() {
        boolean allComplete = true;
        for (var row : rows) {
            allComplete &= row.check();
        }
        var outcomes = rows.stream().flatMap(row -> row.outcome().stream()).toList();
        if (!allComplete) {
            problem(getTranslation("portal.log.problems"));
            return;
        }
        if (outcomes.isEmpty()) {
            problem(getTranslation("portal.log.chooseOne"));
            return;
        }
        if (attempt(() -> portal.logToday(outcomes))) {
            show(portal.todaysSession());
            confirm(getTranslation("portal.log.saved", outcomes.size()));
        }
    }

    /** Runs a save; a refusal is shown in the patient's language and the form keeps what was typed. */
    private boolean attempt(Runnable save) {
        try {
            save.run();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | ConcurrentChangeException refused) {
            problem(getTranslation("portal.log.failed", DomainMessages.translate(refused.getMessage())));
            return false;
        }
    }

    private void problem(String text) {
        confirmation.setText("");
        problems.setText(text);
        problems.setVisible(true);
        problems.scrollIntoView();
    }

    private void confirm(String text) {
        confirmation.setText(text);
        confirmation.scrollIntoView();
    }

    private Paragraph emptyState(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("app-empty-state");
        return paragraph;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.log");
    }
}
