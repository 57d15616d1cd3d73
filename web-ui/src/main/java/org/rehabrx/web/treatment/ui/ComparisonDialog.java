package org.rehabrx.web.treatment.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeComparison;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** What changed from one programme version to the next, in words. */
class ComparisonDialog extends Dialog {

    private static final Map<String, String> DETAIL_KEYS = Map.of(
            "title", "treatment.compare.detail.title",
            "goal", "treatment.compare.detail.goal",
            "start date", "treatment.compare.detail.startDate",
            "review date", "treatment.compare.detail.reviewDate",
            "progression rules", "treatment.compare.detail.rules",
            "baseline pain", "treatment.compare.detail.baselinePain");

    private final PatientRecord record;

    ComparisonDialog(PatientRecord record, ProgrammeComparison comparison) {
        this.record = record;
        addClassName("treatment-compare");
        setHeaderTitle(getTranslation("treatment.compare.title", comparison.olderNumber(), comparison.newerNumber()));
        setWidth("min(44rem, 100vw)");
        var body = new Div();
        body.addClassName("treatment-compare-body");
        if (comparison.isEmpty()) {
            body.add(new Paragraph(getTranslation("treatment.compare.same")));
        }
        section(body, "treatment.compare.addedExercises", comparison.addedExercises(), this::prescribed);
        section(body, "treatment.compare.removedExercises", comparison.removedExercises(), this::prescribed);
        section(body, "treatment.compare.changedExercises", comparison.changedExercises(), this::change);
        section(body, "treatment.compare.addedOrthoticNotes", comparison.addedOrthoticNotes(), this::orthotic);
        section(body, "treatment.compare.removedOrthoticNotes", comparison.removedOrthoticNotes(), this::orthotic);
        section(body, "treatment.compare.addedEducation", comparison.addedEducationBlocks(),
                block -> new Span(record.educationBlockTitle(block)));
        section(body, "treatment.compare.removedEducation", comparison.removedEducationBlocks(),
                block -> new Span(record.educationBlockTitle(block)));
        section(body, "treatment.compare.changedDetails", comparison.changedDetails(),
                detail -> new Span(DETAIL_KEYS.containsKey(detail) ? getTranslation(DETAIL_KEYS.get(detail)) : detail));
        add(body);
        var close = new Button(getTranslation("treatment.compare.close"), click -> close());
        close.setAutofocus(true);
        getFooter().add(close);
    }

    private <T> void section(Div body, String headingKey, List<T> items, Function<T, Component> render) {
        if (items.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(render.apply(item))));
        var section = new Div(new H4(getTranslation(headingKey)), list);
        section.addClassName("treatment-compare-section");
        body.add(section);
    }

    private Component prescribed(PrescribedExercise prescribed) {
        return lines(record.exerciseName(prescribed.exercise()), level(prescribed),
                prescribed.dosage().sentence(getLocale()));
    }

    private Component change(ProgrammeComparison.ExerciseChange change) {
        var before = change.before();
        var after = change.after();
        var box = lines(record.exerciseName(change.exercise()));
        if (before.level() != after.level()) {
            box.add(new Span(getTranslation("treatment.compare.levelChange", level(before), level(after))));
        }
        if (!before.dosage().equals(after.dosage())) {
            box.add(new Span(getTranslation("treatment.compare.dosageChange", before.dosage().sentence(getLocale()),
                    after.dosage().sentence(getLocale()))));
        }
        if (!before.clinicianNote().equals(after.clinicianNote())) {
            box.add(new Span(getTranslation("treatment.compare.noteChange", after.clinicianNote())));
        }
        return box;
    }

    private Component orthotic(OrthoticNote note) {
        return lines(getTranslation("orthoticType." + note.type().name()) + " — "
                + getTranslation("side." + note.side().name()),
                getTranslation("treatment.programme.wear", note.wearSchedule()));
    }

    private String level(PrescribedExercise prescribed) {
        var name = record.levelName(prescribed.exercise(), prescribed.level());
        return name.isEmpty() ? getTranslation("treatment.programme.level", prescribed.level())
                : getTranslation("treatment.programme.levelNamed", prescribed.level(), name);
    }

    private static Div lines(String first, String... more) {
        var box = new Div();
        box.addClassName("treatment-compare-item");
        var head = new Span(first);
        head.addClassName("treatment-exercise-name");
        box.add(head);
        for (var line : more) {
            box.add(new Span(line));
        }
        return box;
    }
}
