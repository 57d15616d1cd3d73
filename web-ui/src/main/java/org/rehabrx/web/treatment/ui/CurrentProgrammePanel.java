package org.rehabrx.web.treatment.ui;

import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The programme the patient follows now, with what it prescribes and the clinician's actions on it. */
class CurrentProgrammePanel extends Panel {

    CurrentProgrammePanel(PatientRecord record) {
        super("treatment-current");
        var formats = new Formats(getLocale());
        var programme = record.programme();
        var active = record.patient().isActive();
        heading(getTranslation("treatment.programme.heading"));
        if (programme == null) {
            var none = new Paragraph(getTranslation("treatment.programme.none"));
            none.addClassName("app-empty-state");
            add(none);
            if (active) {
                actions.add(link(getTranslation("treatment.programme.new"),
                        "patients/" + record.patient().id().value() + "/new-programme", true));
            }
            return;
        }
        addActions(record, programme, active);
        add(summary(record, programme, formats));
        add(exercises(record, programme));
        add(orthoticNotes(programme));
        add(educationBlocks(record, programme));
        add(cautions(record, programme, formats));
    }

    private void addActions(PatientRecord record, Programme programme, boolean active) {
        var id = programme.id().value();
        boolean open = programme.status() == ProgrammeStatus.DRAFT || programme.status() == ProgrammeStatus.ACTIVE;
        if (active && open) {
            actions.add(link(getTranslation("treatment.programme.edit"), "programmes/" + id + "/edit", true));
        }
        if (!record.pending().isEmpty()) {
            actions.add(link(getTranslation("treatment.programme.review", record.pending().size()), "review/" + id,
                    false));
        }
        var pdf = download(getTranslation("treatment.programme.pdf"), "handouts/" + id);
        var largePrint = download(getTranslation("treatment.programme.pdfLargePrint"),
                "handouts/" + id + "?largePrint=true");
        actions.add(pdf, largePrint);
        if (active) {
            actions.add(link(getTranslation(record.hasOpenProgramme() ? "treatment.programme.newFresh"
                    : "treatment.programme.new"), "patients/" + record.patient().id().value() + "/new-programme",
                    false));
        }
    }

    private Component summary(PatientRecord record, Programme programme, Formats formats) {
        var content = programme.content();
        var box = new Div();
        box.addClassName("treatment-programme-summary");
        var title = new H4(content.title());
        title.addClassName("treatment-programme-title");
        var badges = new Div(PatientHeader.badge(getTranslation("treatment.programme.version", programme.number()),
                "contrast"), PatientHeader.badge(getTranslation("programmeStatus." + programme.status().name()),
                programme.status() == ProgrammeStatus.ACTIVE ? "success" : "contrast"));
        badges.addClassName("treatment-badges");
        box.add(title, badges);

        var dates = new DescriptionList();
        dates.addClassName("treatment-facts");
        dates.add(new DescriptionList.Term(getTranslation("treatment.programme.start")),
                new DescriptionList.Description(formats.date(content.startDate())));
        var review = new Span(formats.date(content.reviewDate()));
        var reviewValue = new Div(review);
        boolean open = programme.status() == ProgrammeStatus.DRAFT || programme.status() == ProgrammeStatus.ACTIVE;
        if (open && content.reviewDate().isBefore(record.today())) {
            reviewValue.addClassName("treatment-overdue");
            reviewValue.add(PatientHeader.badge(getTranslation("treatment.programme.overdue"), "error"));
        }
        dates.add(new DescriptionList.Term(getTranslation("treatment.programme.reviewDate")),
                new DescriptionList.Description(reviewValue));
        if (!content.goal().isEmpty()) {
            dates.add(new DescriptionList.Term(getTranslation("treatment.programme.goal")),
                    new DescriptionList.Description(content.goal()));
        }
        box.add(dates);
        return box;
    }

    private Component exercises(PatientRecord record, Programme programme) {
        var box = subsection("treatment.programme.exercises");
        var list = new OrderedList();
        list.addClassName("treatment-exercises");
        for (var prescribed : programme.content().exercises()) {
            var item = new ListItem();
            item.addClassName("treatment-exercise");
            var name = new Span(record.exerciseName(prescribed.exercise()));
            name.addClassName("treatment-exercise-name");
            var levelName = record.levelName(prescribed.exercise(), prescribed.level());
            var level = new Span(levelName.isEmpty()
                    ? getTranslation("treatment.programme.level", prescribed.level())
                    : getTranslation("treatment.programme.levelNamed", prescribed.level(), levelName));
            level.addClassName("treatment-exercise-level");
            var dosage = new Span(prescribed.dosage().sentence(getLocale()));
            dosage.addClassName("treatment-exercise-dosage");
            item.add(name, level, dosage);
            if (!prescribed.clinicianNote().isEmpty()) {
                var note = new Span(prescribed.clinicianNote());
                note.addClassName("treatment-exercise-note");
                item.add(note);
            }
            list.add(item);
        }
        if (programme.content().exercises().isEmpty()) {
            box.add(empty("treatment.programme.noExercises"));
        } else {
            box.add(list);
        }
        return box;
    }

    private Component orthoticNotes(Programme programme) {
        var box = subsection("treatment.programme.orthoticNotes");
        var notes = programme.content().orthoticNotes();
        if (notes.isEmpty()) {
            box.add(empty("treatment.programme.noOrthoticNotes"));
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("treatment-orthotic-notes");
        for (var note : notes) {
            var item = new ListItem();
            var type = new Span(getTranslation("orthoticType." + note.type().name()) + " — "
                    + getTranslation("side." + note.side().name()));
            type.addClassName("treatment-exercise-name");
            item.add(type);
            if (!note.placement().isEmpty()) {
                item.add(new Span(getTranslation("treatment.programme.placement", note.placement())));
            }
            item.add(new Span(getTranslation("treatment.programme.wear", note.wearSchedule())));
            if (!note.instructions().isEmpty()) {
                item.add(new Span(note.instructions()));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component educationBlocks(PatientRecord record, Programme programme) {
        var box = subsection("treatment.programme.education");
        var blocks = programme.content().educationBlocks();
        if (blocks.isEmpty()) {
            box.add(empty("treatment.programme.noEducation"));
            return box;
        }
        var list = new UnorderedList();
        blocks.forEach(block -> list.add(new ListItem(record.educationBlockTitle(block))));
        box.add(list);
        return box;
    }

    private Component cautions(PatientRecord record, Programme programme, Formats formats) {
        var box = subsection("treatment.programme.cautions");
        var acknowledged = programme.content().acknowledgements();
        if (acknowledged.isEmpty()) {
            box.add(empty("treatment.programme.noCautions"));
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("treatment-cautions");
        for (var ack : acknowledged) {
            var item = new ListItem();
            var what = new Span(getTranslation("treatment.programme.caution", record.exerciseName(ack.exercise()),
                    getTranslation("healthFlag." + ack.flag().name())));
            what.addClassName("treatment-exercise-name");
            item.add(what, new Span(ack.reason()), new Span(getTranslation("treatment.programme.acknowledgedBy",
                    record.accountName(ack.by()), formats.dateTime(ack.at()))));
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div subsection(String headingKey) {
        var heading = new H4(getTranslation(headingKey));
        var box = new Div(heading);
        box.addClassName("treatment-subsection");
        return box;
    }

    private Paragraph empty(String key) {
        var text = new Paragraph(getTranslation(key));
        text.addClassName("treatment-muted");
        return text;
    }

    static Anchor link(String text, String href, boolean primary) {
        var link = new Anchor(href, text);
        link.addClassNames("treatment-link-button", primary ? "treatment-link-primary" : "treatment-link-secondary");
        return link;
    }

    /** A browser download of the server's file; the address carries the programme's id only. */
    static Anchor download(String text, String href) {
        var link = link(text, href, false);
        link.setDownload(true);
        link.setRouterIgnore(true);
        return link;
    }
}
