package org.rehabrx.web.treatment.ui;

import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The engine's pending proposals for the programme, each with its reason, and the way to review them. */
class ProposalsPanel extends Panel {

    ProposalsPanel(PatientRecord record) {
        super("treatment-proposals");
        heading(getTranslation("treatment.proposals.heading"));
        var programme = record.programme();
        if (record.pending().isEmpty() || programme == null) {
            var none = new Paragraph(getTranslation("treatment.proposals.none"));
            none.addClassName("treatment-muted");
            add(none);
            return;
        }
        actions.add(CurrentProgrammePanel.link(getTranslation("treatment.programme.review", record.pending().size()),
                "review/" + programme.id().value(), true));
        var list = new UnorderedList();
        list.addClassName("treatment-proposal-list");
        for (var proposal : record.pending()) {
            var item = new ListItem();
            item.addClassName("treatment-proposal");
            var name = new Span(record.exerciseName(proposal.exercise()));
            name.addClassName("treatment-exercise-name");
            var kind = PatientHeader.badge(getTranslation("proposalKind." + proposal.kind().name()),
                    switch (proposal.kind()) {
                        case ADVANCE -> "success";
                        case STEP_BACK -> "error";
                        default -> "contrast";
                    });
            var levels = new Span(getTranslation("treatment.proposals.levels", proposal.fromLevel(),
                    proposal.toLevel()));
            levels.addClassName("treatment-muted");
            var reason = new Span(proposal.reason());
            reason.addClassName("treatment-proposal-reason");
            item.add(name, kind, levels, reason);
            list.add(item);
        }
        add(list);
    }
}
