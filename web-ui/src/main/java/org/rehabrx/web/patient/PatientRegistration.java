package org.rehabrx.web.patient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.Side;

/** What the "new patient" form collects, as typed. */
public record PatientRegistration(String reference, String name, LocalDate dateOfBirth, Locale preferredLanguage,
                                  String phone, String email, String condition, Side side,
                                  Set<HealthFlag> healthFlags) {

    ContactDetails contact() {
        return new ContactDetails(phone, email);
    }
}
