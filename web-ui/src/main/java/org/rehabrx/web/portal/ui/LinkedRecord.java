package org.rehabrx.web.portal.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.rehabrx.web.portal.AccountNotLinkedException;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Loads what a portal screen shows; an account the clinic has not linked yet sees whom to ask instead. */
final class LinkedRecord {

    private LinkedRecord() {
    }

    static <T> Optional<T> load(VerticalLayout screen, Supplier<T> portalCall) {
        try {
            return Optional.of(portalCall.get());
        } catch (AccountNotLinkedException notLinked) {
            screen.removeAll();
            var message = new Paragraph(screen.getTranslation("portal.notLinked"));
            message.addClassName("app-empty-state");
            screen.add(message);
            return Optional.empty();
        }
    }
}
