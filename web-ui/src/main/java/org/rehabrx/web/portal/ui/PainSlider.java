package org.rehabrx.web.portal.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A 0–10 pain rating on a native range input, with the value and its band written out beside it ("3 out of
 * 10 — acceptable") and read out the same way by screen readers. It starts "not rated": a slider always
 * points somewhere, and a rating the patient never gave must not be stored as 0.
 */
class PainSlider extends CustomField<Integer> {

    private final RangeInput range = new RangeInput(ValueChangeMode.EAGER);
    private final Span reading = new Span();
    private boolean rated;

    PainSlider(String label) {
        setLabel(label);
        addClassName("portal-pain");
        range.setMin(0);
        range.setMax(10);
        range.setStep(1.0);
        range.setValue(0.0);
        // 0.0 is the field's empty value, so the line above sends nothing; without this a browser puts the thumb at 5
        range.getElement().setAttribute("value", "0");
        range.addClassName("portal-pain-range");
        range.setAriaLabel(label);
        range.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                rate();
            }
        });
        // a tap or a key on the thumb where it already is (0, "no pain") changes nothing, yet is an answer
        range.getElement().addEventListener("click", event -> rate());
        range.getElement().addEventListener("keyup", event -> rate());
        reading.addClassName("portal-pain-reading");
        var scale = new Paragraph(getTranslation("portal.pain.scale"));
        scale.addClassName("portal-pain-scale");
        var body = new Div(reading, range, scale);
        body.addClassName("portal-pain-body");
        add(body);
        addValueChangeListener(change -> show(change.getValue()));
        show(null);
    }

    private void rate() {
        rated = true;
        updateValue();
    }

    @Override
    protected @Nullable Integer generateModelValue() {
        var value = range.getValue();
        return rated && value != null ? (int) Math.round(value) : null;
    }

    @Override
    protected void setPresentationValue(@Nullable Integer value) {
        rated = value != null;
        range.setValue(value == null ? 0.0 : value);
        show(value);
    }

    /** What the patient reads beside the slider, also given to screen readers as the slider's value text. */
    String reading() {
        return reading.getText();
    }

    private void show(@Nullable Integer value) {
        reading.removeClassNames(zoneClasses());
        range.setClassName("portal-pain-range-unrated", value == null);
        if (value == null) {
            reading.setText(getTranslation("portal.pain.notRated"));
            reading.addClassName("portal-pain-unrated");
        } else {
            var zone = PainZone.of(value);
            reading.setText(getTranslation("portal.pain.reading", value, getTranslation("portal.pain.zone." + zone.name())));
            reading.addClassName("portal-pain-" + zone.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        range.getElement().setAttribute("aria-valuetext", reading.getText());
    }

    private static String[] zoneClasses() {
        return new String[] {"portal-pain-unrated", "portal-pain-safe", "portal-pain-acceptable", "portal-pain-too-much"};
    }
}
