package org.rehabrx.web.treatment.ui;

import java.time.Period;

import org.rehabrx.core.patient.Patient;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/** Who the patient is: name, reference, age, language, condition, contact, health flags and archived state. */
class PatientHeader extends Header {

    PatientHeader(PatientRecord record) {
        addClassName("treatment-header");
        var patient = record.patient();
        var formats = new Formats(getLocale());
        var name = new H2(patient.name());
        name.addClassName("treatment-patient-name");
        var title = new Div(name);
        title.addClassName("treatment-header-title");
        if (!patient.isActive()) {
            title.add(badge(getTranslation("treatment.header.archived"), "contrast"));
        }
        add(title);

        int age = Period.between(patient.dateOfBirth(), record.today()).getYears();
        var facts = new DescriptionList();
        facts.addClassName("treatment-facts");
        fact(facts, "treatment.header.reference", new Span(patient.reference().value()));
        fact(facts, "treatment.header.born", new Span(getTranslation("treatment.header.bornAge",
                formats.date(patient.dateOfBirth()), age)));
        fact(facts, "treatment.header.language", new Span(patient.preferredLanguage().getDisplayLanguage(getLocale())));
        fact(facts, "treatment.header.condition", new Span(getTranslation("treatment.header.conditionSide",
                patient.condition().description(), getTranslation("side." + patient.condition().side().name()))));
        fact(facts, "treatment.header.contact", contact(patient));
        add(facts);
        add(flags(patient));
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Component contact(Patient patient) {
        var contact = patient.contact();
        if (contact.phone().isEmpty() && contact.email().isEmpty()) {
            return new Span(getTranslation("treatment.header.noContact"));
        }
        var parts = new Div();
        parts.addClassName("treatment-contact");
        if (!contact.phone().isEmpty()) {
            parts.add(new Span(contact.phone()));
        }
        if (!contact.email().isEmpty()) {
            parts.add(new Span(contact.email()));
        }
        return parts;
    }

    private Component flags(Patient patient) {
        var flags = new Div();
        flags.addClassName("treatment-flags");
        flags.getElement().setAttribute("role", "list");
        flags.getElement().setAttribute("aria-label", getTranslation("treatment.header.healthFlags"));
        if (patient.healthFlags().isEmpty()) {
            var none = badge(getTranslation("treatment.header.noHealthFlags"), "contrast");
            none.getElement().setAttribute("role", "listitem");
            flags.add(none);
        }
        patient.healthFlags().stream().sorted().forEach(flag -> {
            var badge = badge(getTranslation("healthFlag.short." + flag.name()), "error");
            badge.addClassName("treatment-flag");
            badge.getElement().setAttribute("role", "listitem");
            flags.add(badge);
        });
        return flags;
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        badge.addClassNames("treatment-badge", "treatment-badge-" + theme);
        return badge;
    }
}
