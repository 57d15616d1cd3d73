package org.rehabrx.web.portal.ui;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.portal.ExerciseOutcome;
import org.rehabrx.web.portal.TodaysSession.ExerciseToLog;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** One exercise of today's session: done or not, pain during it, and a comment. */
class ExerciseLogRow extends Composite<Div> {

    private final ExerciseToLog exercise;
    private final RadioButtonGroup<Boolean> done = new RadioButtonGroup<>();
    private final PainSlider painDuring;
    private final TextArea comment = new TextArea();

    ExerciseLogRow(ExerciseToLog exercise) {
        this.exercise = exercise;
        var card = getContent();
        card.addClassNames("portal-card", "portal-log-row");
        card.add(heading(exercise));
        done.setLabel(getTranslation("portal.log.didYou"));
        done.setItems(true, false);
        done.setItemLabelGenerator(item -> getTranslation(item ? "portal.log.done" : "portal.log.notDone"));
        done.addClassName("portal-choice");
        painDuring = new PainSlider(getTranslation("portal.log.painDuring"));
        comment.setLabel(getTranslation("portal.log.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        done.addValueChangeListener(change -> check());
        painDuring.addValueChangeListener(change -> check());
        card.add(done, painDuring, comment);
    }

    /** The card of an exercise already logged today: nothing more to enter for it. */
    static Div alreadyLogged(ExerciseToLog exercise) {
        var card = new Div(heading(exercise));
        card.addClassNames("portal-card", "portal-log-row");
        var logged = new Paragraph(card.getTranslation("portal.log.loggedToday"));
        logged.addClassName("portal-logged");
        card.add(logged);
        return card;
    }

    private static Div heading(ExerciseToLog exercise) {
        var name = new H4(exercise.name());
        name.addClassName("portal-exercise-name");
        var dosage = new Paragraph(exercise.dosage());
        dosage.addClassName("portal-muted");
        return new Div(name, dosage);
    }

    /** Whether the patient has answered this exercise at all; unanswered exercises are simply not logged. */
    boolean isAnswered() {
        return done.getValue() != null || painDuring.getValue() != null || !comment.isEmpty();
    }

    /**
     * Marks what is missing and returns whether the row can be saved; nothing typed is cleared.
     */
    boolean check() {
        String problem = problem();
        done.setInvalid(problem != null && done.getValue() == null);
        done.setErrorMessage(done.isInvalid() ? problem : null);
        painDuring.setInvalid(problem != null && done.getValue() != null);
        painDuring.setErrorMessage(painDuring.isInvalid() ? problem : null);
        getContent().setClassName("portal-log-row-invalid", problem != null);
        return problem == null;
    }

    private @Nullable String problem() {
        if (!isAnswered()) {
            return null;
        }
        if (done.getValue() == null) {
            return getTranslation("portal.log.chooseDone");
        }
        if (done.getValue() && painDuring.getValue() == null) {
            return getTranslation("portal.log.ratePain");
        }
        return null;
    }

    /** The outcome to save, when the row is answered and complete. */
    Optional<ExerciseOutcome> outcome() {
        if (!isAnswered() || problem() != null) {
            return Optional.empty();
        }
        var pain = painDuring.getValue();
        return Optional.of(new ExerciseOutcome(exercise.exercise(), done.getValue(),
                pain == null ? null : PainScore.of(pain), comment.getValue()));
    }
}
