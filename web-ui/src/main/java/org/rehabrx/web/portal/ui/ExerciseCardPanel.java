package org.rehabrx.web.portal.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.web.portal.MyProgramme.ExerciseCard;
import org.rehabrx.web.portal.MyProgramme.Illustration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** One exercise as the patient does it: pictures, how much, what the level means, the steps and cautions. */
class ExerciseCardPanel extends Composite<Div> {

    ExerciseCardPanel(ExerciseCard exercise) {
        var card = getContent();
        card.addClassNames("portal-card", "portal-exercise");
        card.getElement().setAttribute("role", "article");
        var name = new H4(exercise.name());
        name.addClassName("portal-exercise-name");
        card.add(name);
        if (!exercise.illustrations().isEmpty()) {
            var pictures = new Div();
            pictures.addClassName("portal-pictures");
            exercise.illustrations().forEach(illustration -> pictures.add(picture(exercise.name(), illustration)));
            card.add(pictures);
        }
        var dosage = new Div(label(getTranslation("portal.exercise.howMuch")), new Span(exercise.dosage()));
        dosage.addClassName("portal-dosage");
        card.add(dosage);
        var level = new Paragraph(getTranslation("portal.exercise.level", exercise.level(), exercise.levelName()));
        level.addClassName("portal-strong");
        card.add(level);
        if (!exercise.levelInstructions().isBlank()) {
            card.add(new Paragraph(exercise.levelInstructions()));
        }
        section(getTranslation("portal.exercise.steps"), exercise.steps(), true);
        section(getTranslation("portal.exercise.cues"), exercise.cues(), false);
        section(getTranslation("portal.exercise.precautions"), exercise.precautions(), false);
        if (!exercise.clinicianNote().isBlank()) {
            var note = new Div(label(getTranslation("portal.exercise.note")), new Paragraph(exercise.clinicianNote()));
            note.addClassName("portal-clinician-note");
            card.add(note);
        }
    }

    private void section(String heading, List<String> lines, boolean ordered) {
        if (lines.isEmpty()) {
            return;
        }
        var items = lines.stream().map(ListItem::new).toArray(ListItem[]::new);
        Component list = ordered ? new OrderedList(items) : new UnorderedList(items);
        getContent().add(label(heading), list);
    }

    private static Paragraph label(String text) {
        var label = new Paragraph(text);
        label.addClassName("portal-label");
        return label;
    }

    private Component picture(String exerciseName, Illustration illustration) {
        var caption = getTranslation("portal.exercise.picture." + illustration.position().name());
        var alt = getTranslation("portal.exercise.picture.alt", exerciseName, caption);
        var frame = new Div();
        frame.addClassName("portal-picture");
        var picture = illustration.picture();
        if (picture != null) {
            var image = new Image(handler(picture, illustration.position().name().toLowerCase(Locale.ROOT)), alt);
            image.addClassName("portal-picture-image");
            frame.add(image);
        } else if (illustration.drawingSvg() != null) {
            // made by the report module from numbers only; nothing anyone typed is in it
            var svg = new Svg(illustration.drawingSvg());
            svg.getElement().setAttribute("role", "img");
            svg.getElement().setAttribute("aria-label", alt);
            svg.addClassName("portal-picture-drawing");
            frame.add(svg);
        }
        var text = new Span(caption);
        text.addClassName("portal-picture-caption");
        frame.add(text);
        return frame;
    }

    private static DownloadHandler handler(ExerciseImage picture, String name) {
        var fileName = name + (picture.mediaType().equals("image/png") ? ".png" : ".jpg");
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(picture.content()), fileName, picture.mediaType(), picture.content().length));
    }
}
