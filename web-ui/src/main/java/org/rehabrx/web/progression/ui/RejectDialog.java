package org.rehabrx.web.progression.ui;

import java.util.function.Consumer;

import org.rehabrx.web.progression.ProposalForReview;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Asks why the proposal is rejected; the reason is required and stays in the field until it is recorded. */
class RejectDialog extends Dialog {

    private static final class Draft {
        String reason = "";
    }

    private final TextArea reason = new TextArea();
    private final Button reject;
    private final Span problem = new Span();
    private final Draft draft = new Draft();

    /** @param onReject records the reason; returns normally once recorded, or throws with a message to show */
    RejectDialog(ProposalForReview review, Consumer<String> onReject) {
        setHeaderTitle(getTranslation("progression.reject.title", review.exerciseName()));
        setWidth("min(36rem, 95vw)");
        reason.setLabel(getTranslation("progression.reject.reason"));
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        var binder = new Binder<Draft>();
        binder.forField(reason).asRequired(getTranslation("progression.reject.required"))
                .bind(d -> d.reason, (d, value) -> d.reason = value);
        binder.setBean(draft);
        problem.addClassName("progression-error");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(review.proposal().reason()), reason, problem);

        reject = new Button(getTranslation("progression.action.reject"), click -> {
            if (!binder.validate().isOk()) {
                reason.focus();
                return;
            }
            try {
                onReject.accept(draft.reason);
                close();
            } catch (RuntimeException refused) {
                problem.setText(DomainMessages.translate(refused.getMessage()));
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reject.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("progression.action.cancel"), click -> close());
        getFooter().add(cancel, reject);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }

    TextArea reasonField() {
        return reason;
    }

    Button rejectButton() {
        return reject;
    }

    String problem() {
        return problem.getText();
    }
}
