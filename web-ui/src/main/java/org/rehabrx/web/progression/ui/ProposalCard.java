package org.rehabrx.web.progression.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.web.progression.ProposalForReview;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One pending proposal: whose, which exercise, what would change and why, the logs used, and the decisions. */
class ProposalCard extends Composite<Div> {

    /** What the clinician decided to do with the proposal. */
    interface Decisions {
        void accept(ProposalForReview review);

        void editAndAccept(ProposalForReview review);

        void reject(ProposalForReview review);
    }

    private final ProposalForReview review;

    ProposalCard(ProposalForReview review, Decisions decisions) {
        this.review = review;
        var proposal = review.proposal();
        var card = getContent();
        card.addClassName("progression-card");
        card.getElement().setAttribute("role", "article");

        var kind = new Span(getTranslation("proposalKind." + proposal.kind().name()));
        kind.getElement().getThemeList().add("badge " + switch (proposal.kind()) {
            case ADVANCE -> "success";
            case STEP_BACK -> "error";
            default -> "contrast";
        });
        var exercise = new H3(review.exerciseName());
        exercise.addClassName("progression-exercise");
        var patient = new Anchor("patients/" + review.patientId().value(),
                getTranslation("progression.patient", review.patientName(), review.patientReference()));
        patient.addClassName("progression-patient");
        var header = new HorizontalLayout(kind, exercise);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.addClassName("progression-card-header");
        card.add(header, patient);

        card.add(change("progression.from", proposal.fromLevel(), review.fromLevelName(),
                proposal.fromDosage().sentence(getLocale())));
        card.add(change("progression.to", proposal.toLevel(), review.toLevelName(),
                proposal.toDosage().sentence(getLocale())));
        var reason = new Paragraph(proposal.reason());
        reason.addClassName("progression-reason");
        card.add(reason);
        card.add(logs());

        var accept = new Button(getTranslation("progression.action.accept"), VaadinIcon.CHECK.create(),
                click -> decisions.accept(review));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(accept);
        if (proposal.kind() != ProposalKind.HOLD) {
            actions.add(new Button(getTranslation("progression.action.editAccept"), VaadinIcon.EDIT.create(),
                    click -> decisions.editAndAccept(review)));
        }
        var reject = new Button(getTranslation("progression.action.reject"), VaadinIcon.CLOSE_SMALL.create(),
                click -> decisions.reject(review));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(reject);
        actions.setWrap(true);
        actions.addClassName("progression-actions");
        card.add(actions);
    }

    ProposalForReview review() {
        return review;
    }

    private Div change(String labelKey, int level, String levelName, String sentence) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("progression-caption");
        var levelText = new Span(levelName.isEmpty() ? getTranslation("progression.level", level)
                : getTranslation("progression.levelNamed", level, levelName));
        levelText.addClassName("progression-level");
        var dosage = new Span(sentence);
        dosage.addClassName("progression-dosage");
        var change = new Div(label, levelText, dosage);
        change.addClassName("progression-change");
        return change;
    }

    private Details logs() {
        var grid = new Grid<SessionLog>();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(log -> dates.format(log.date())).setHeader(getTranslation("progression.log.date"));
        grid.addColumn(log -> log.completed() ? getTranslation("progression.log.done")
                : getTranslation("progression.log.notDone")).setHeader(getTranslation("progression.log.completed"));
        grid.addColumn(log -> log.painDuring() == null ? "–" : log.painDuring().toString())
                .setHeader(getTranslation("progression.log.painDuring"));
        grid.addColumn(log -> log.painNextMorning() == null ? "–" : log.painNextMorning().toString())
                .setHeader(getTranslation("progression.log.painNextMorning"));
        grid.addColumn(SessionLog::comment).setHeader(getTranslation("progression.log.comment")).setFlexGrow(2);
        grid.setItems(review.usedLogs());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("progression.logs", review.usedLogs().size()));
        var details = new Details(getTranslation("progression.logs", review.usedLogs().size()), grid);
        details.addClassName("progression-logs");
        return details;
    }
}
