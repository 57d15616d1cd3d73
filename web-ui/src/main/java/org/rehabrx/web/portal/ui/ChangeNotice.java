package org.rehabrx.web.portal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.rehabrx.web.portal.MyProgramme.ProgrammeChange;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** "Your programme has changed": what is new since the version the patient last saw, until they dismiss it. */
class ChangeNotice extends Composite<Div> {

    ChangeNotice(ProgrammeChange change, Runnable dismiss) {
        var notice = getContent();
        notice.addClassName("portal-notice");
        notice.getElement().setAttribute("role", "region");
        var heading = new H3(getTranslation("portal.change.heading"));
        heading.setId("portal-change-heading");
        notice.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(change.since());
        notice.add(heading, new Paragraph(getTranslation("portal.change.intro", date, change.currentNumber())));
        var what = new UnorderedList();
        change.addedExercises().forEach(name -> what.add(new ListItem(getTranslation("portal.change.added", name))));
        change.changedExercises().forEach(name -> what.add(new ListItem(getTranslation("portal.change.changed", name))));
        change.removedExercises().forEach(name -> what.add(new ListItem(getTranslation("portal.change.removed", name))));
        if (change.orthoticNotesChanged()) {
            what.add(new ListItem(getTranslation("portal.change.orthotics")));
        }
        if (change.educationChanged()) {
            what.add(new ListItem(getTranslation("portal.change.education")));
        }
        if (change.detailsChanged()) {
            what.add(new ListItem(getTranslation("portal.change.details")));
        }
        var gotIt = new Button(getTranslation("portal.change.dismiss"), click -> {
            dismiss.run();
            removeFromParent();
        });
        gotIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        gotIt.addClassName("portal-button");
        notice.add(what, gotIt);
    }
}
