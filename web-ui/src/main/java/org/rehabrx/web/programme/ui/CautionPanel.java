package org.rehabrx.web.programme.ui;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.CautionAcknowledgement;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The cautions the programme raises for this patient: an exercise's caution flag meeting one of the
 * patient's health flags. Each must be acknowledged with a reason before the programme is handed over.
 */
class CautionPanel extends Composite<Div> {

    /** Records an acknowledgement; returns the domain's message when it is refused. */
    interface Acknowledger {
        Optional<String> acknowledge(Caution caution, String reason);
    }

    private final Acknowledger acknowledger;

    CautionPanel(Acknowledger acknowledger) {
        this.acknowledger = acknowledger;
        getContent().addClassName("programme-cautions");
    }

    void show(List<Caution> cautions, List<CautionAcknowledgement> acknowledgements) {
        getContent().removeAll();
        if (cautions.isEmpty()) {
            var none = new Paragraph(getTranslation("programme.cautions.none"));
            none.addClassName("programme-empty");
            getContent().add(none);
            return;
        }
        for (var caution : cautions) {
            getContent().add(row(caution, acknowledgements.stream().filter(ack -> ack.covers(caution)).findFirst()));
        }
    }

    private Div row(Caution caution, Optional<CautionAcknowledgement> acknowledged) {
        var row = new Div();
        row.addClassName("programme-caution");
        var icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var text = new Span(getTranslation("programme.cautions.sentence", caution.exerciseName(),
                getTranslation("healthFlag." + caution.flag().name())));
        text.addClassName("programme-caution-text");
        row.add(new Div(icon, text));
        if (acknowledged.isPresent()) {
            row.addClassName("programme-caution-acknowledged");
            row.add(new Paragraph(getTranslation("programme.cautions.acknowledged", acknowledged.get().reason())));
            return row;
        }
        var reason = new TextField(getTranslation("programme.cautions.reason"));
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("programme-caution-reason");
        var acknowledge = new Button(getTranslation("programme.cautions.acknowledge"));
        acknowledge.addClickListener(click -> acknowledger.acknowledge(caution, reason.getValue())
                .ifPresent(message -> {
                    reason.setInvalid(true);
                    reason.setErrorMessage(message);
                }));
        acknowledge.addClickShortcut(Key.ENTER).listenOn(reason);
        var form = new Div(reason, acknowledge);
        form.addClassName("programme-caution-form");
        row.add(form);
        return row;
    }
}
