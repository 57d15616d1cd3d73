package org.rehabrx.web.treatment.ui;

import java.util.List;

import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Every version of the programme, newest first, each comparable with the one before it. */
class ProgrammeHistoryPanel extends Panel {

    ProgrammeHistoryPanel(PatientRecord record, ProgrammeService programmes) {
        super("treatment-history");
        heading(getTranslation("treatment.history.heading"));
        var programme = record.programme();
        if (programme == null || record.history().isEmpty()) {
            var none = new Paragraph(getTranslation("treatment.history.none"));
            none.addClassName("treatment-muted");
            add(none);
            return;
        }
        var formats = new Formats(getLocale());
        var list = new OrderedList();
        list.addClassName("treatment-history-list");
        List<ProgrammeVersion> newestFirst = record.history().reversed();
        for (var version : newestFirst) {
            var item = new ListItem();
            item.addClassName("treatment-version");
            var title = new Span(getTranslation("treatment.programme.version", version.number()));
            title.addClassName("treatment-exercise-name");
            var status = PatientHeader.badge(getTranslation("programmeStatus." + version.status().name()),
                    "contrast");
            var made = new Span(getTranslation("treatment.history.created", record.accountName(version.createdBy()),
                    formats.dateTime(version.createdAt())));
            made.addClassName("treatment-muted");
            item.add(title, status, made);
            if (version.number() > 1) {
                var compare = new Button(getTranslation("treatment.history.compare"), click ->
                        new ComparisonDialog(record, programmes.compare(programme.id(), version.number() - 1,
                                version.number())).open());
                compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                compare.setAriaLabel(getTranslation("treatment.history.compareVersion", version.number()));
                item.add(compare);
            }
            list.add(item);
        }
        add(list);
        var others = record.programmes().stream().filter(other -> !other.id().equals(programme.id())).toList();
        if (!others.isEmpty()) {
            var heading = new H4(getTranslation("treatment.history.otherProgrammes"));
            var otherList = new UnorderedList();
            otherList.addClassName("treatment-other-programmes");
            for (var other : others) {
                otherList.add(new ListItem(getTranslation("treatment.history.otherProgramme", other.content().title(),
                        getTranslation("programmeStatus." + other.status().name()), other.number())));
            }
            add(heading, otherList);
        }
    }
}
