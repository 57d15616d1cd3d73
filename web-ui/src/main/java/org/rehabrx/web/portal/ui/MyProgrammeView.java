package org.rehabrx.web.portal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.web.portal.MyProgramme;
import org.rehabrx.web.portal.PortalService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The patient's home: their programme as cards, one per exercise, with the handout and the way to log today. */
@Route("my-programme")
@Menu(order = 10, icon = "CLIPBOARD_CHECK", title = "nav.programme")
@RolesAllowed("PATIENT")
@StyleSheet("styles/portal.css")
public class MyProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;

    public MyProgrammeView(PortalService portal) {
        this.portal = portal;
        addClassNames("app-view", "portal-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var loaded = LinkedRecord.load(this, portal::myProgramme);
        if (loaded.isEmpty()) {
            return;
        }
        var mine = loaded.get();
        PortalLanguage.speak(UI.getCurrent(), mine.language());
        removeAll();
        mine.programme().ifPresentOrElse(this::show, () -> {
            var empty = new Paragraph(getTranslation("portal.programme.empty"));
            empty.addClassName("app-empty-state");
            add(empty);
        });
    }

    private void show(MyProgramme.Shown programme) {
        programme.change().ifPresent(change -> add(new ChangeNotice(change, () -> portal.dismissChangeNotice(change.currentNumber()))));
        var title = new H3(programme.title());
        title.addClassName("portal-programme-title");
        add(title);
        if (!programme.goal().isBlank()) {
            add(new Paragraph(programme.goal()));
        }
        var review = new Paragraph(getTranslation("portal.programme.reviewDate",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(programme.reviewDate())));
        review.addClassName("portal-muted");
        add(review, actions(programme));

        var exercisesHeading = new H3(getTranslation("portal.programme.exercises"));
        add(exercisesHeading);
        programme.exercises().forEach(exercise -> add(new ExerciseCardPanel(exercise)));
        if (!programme.orthoticNotes().isEmpty()) {
            add(new H3(getTranslation("portal.programme.orthotics")));
            programme.orthoticNotes().forEach(note -> add(orthotic(note)));
        }
        if (!programme.education().isEmpty()) {
            add(new H3(getTranslation("portal.programme.education")));
            programme.education().forEach(block -> {
                var text = new Div();
                block.paragraphs().forEach(paragraph -> text.add(new Paragraph(paragraph)));
                var details = new Details(block.title(), text);
                details.addClassName("portal-education");
                add(details);
            });
        }
    }

    private Component actions(MyProgramme.Shown programme) {
        var log = new RouterLink(getTranslation("portal.programme.log"), LogSessionView.class);
        log.addClassNames("portal-action", "portal-action-primary");
        var href = "handouts/" + programme.id().value();
        var pdf = download(getTranslation("portal.programme.pdf"), href);
        var largePrint = download(getTranslation("portal.programme.pdfLargePrint"), href + "?largePrint=true");
        var actions = new Div(log, pdf, largePrint);
        actions.addClassName("portal-actions");
        return actions;
    }

    private static Anchor download(String text, String href) {
        var link = new Anchor(href, text);
        link.setRouterIgnore(true);
        link.setDownload(true);
        link.addClassName("portal-action");
        return link;
    }

    private Component orthotic(OrthoticNote note) {
        var card = new Div();
        card.addClassName("portal-card");
        var type = new Paragraph(getTranslation("orthoticType." + note.type().name()));
        type.addClassName("portal-strong");
        card.add(type, new Paragraph(getTranslation("portal.orthotic.side", getTranslation("side." + note.side().name()))));
        if (!note.placement().isBlank()) {
            card.add(new Paragraph(getTranslation("portal.orthotic.placement", note.placement())));
        }
        card.add(new Paragraph(getTranslation("portal.orthotic.schedule", note.wearSchedule())));
        if (!note.instructions().isBlank()) {
            card.add(new Paragraph(note.instructions()));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme");
    }
}
