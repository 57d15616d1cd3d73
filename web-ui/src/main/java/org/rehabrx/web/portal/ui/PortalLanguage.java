package org.rehabrx.web.portal.ui;

import java.util.Locale;

import org.rehabrx.web.portal.PatientLanguage;
import org.rehabrx.web.shared.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A signed-in patient's screens speak their preferred language when the product has it (English or
 * Spanish); other languages leave the browser's choice in place.
 */
@Component
class PortalLanguage implements VaadinServiceInitListener {

    private final PatientLanguage patientLanguage;

    PortalLanguage(PatientLanguage patientLanguage) {
        this.patientLanguage = patientLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> patientLanguage.ofSignedInPatient()
                .ifPresent(language -> speak(init.getUI(), language)));
    }

    /** Keeps the browser's own variant of the language (en-GB dates, say) when it is the patient's language. */
    static void speak(UI ui, Locale language) {
        if (ui.getLocale().getLanguage().equals(language.getLanguage())) {
            return;
        }
        if (language.getLanguage().equals(Translations.SPANISH.getLanguage())) {
            ui.setLocale(Translations.SPANISH);
        } else if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            ui.setLocale(Locale.ENGLISH);
        }
    }
}
