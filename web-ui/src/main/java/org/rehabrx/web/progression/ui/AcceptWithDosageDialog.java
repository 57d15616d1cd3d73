package org.rehabrx.web.progression.ui;

import java.util.function.Consumer;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.web.progression.ProposalForReview;
import org.rehabrx.web.shared.DomainMessages;
import org.rehabrx.web.shared.ui.DosageForm;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The proposed dosage, for the clinician to adjust before accepting; the sentence follows as they type. */
class AcceptWithDosageDialog extends Dialog {

    private final Span problem = new Span();
    private final Button accept;

    /** @param onAccept applies the dosage; returns normally once done, or throws with a message to show */
    AcceptWithDosageDialog(ProposalForReview review, Consumer<Dosage> onAccept) {
        var proposal = review.proposal();
        setHeaderTitle(getTranslation("progression.edit.title", review.exerciseName()));
        setWidth("min(48rem, 95vw)");
        var form = new DosageForm(proposal.toDosage());
        problem.addClassName("progression-error");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("progression.edit.intro", proposal.toLevel())), form, problem);
        accept = new Button(getTranslation("progression.action.acceptEdited"), click -> {
            if (!form.validate()) {
                return;
            }
            form.dosage().ifPresent(dosage -> {
                try {
                    onAccept.accept(dosage);
                    close();
                } catch (RuntimeException refused) {
                    problem.setText(DomainMessages.translate(refused.getMessage()));
                }
            });
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("progression.action.cancel"), click -> close());
        getFooter().add(cancel, accept);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                form.focus();
            }
        });
    }

    Button acceptButton() {
        return accept;
    }
}
