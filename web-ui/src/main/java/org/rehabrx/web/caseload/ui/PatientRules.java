package org.rehabrx.web.caseload.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.shared.Side;

import com.vaadin.flow.data.binder.Validator;
import org.rehabrx.web.shared.ui.DomainCheck;

/**
 * The domain's own rules as field validators: each value is handed to the value object or aggregate that
 * owns the rule, and a refusal's message reaches the clinician word for word. Where the rule sits in the
 * {@link Patient} itself (name, date of birth), a patient is registered on trial with harmless values
 * around the one being checked; nothing is stored.
 */
final class PatientRules {

    private static final ClinicReference TRIAL_REFERENCE = new ClinicReference("TRIAL");
    private static final LocalDate TRIAL_BIRTH = LocalDate.of(1970, 1, 1);
    private static final Condition TRIAL_CONDITION = new Condition("Trial", Side.BOTH);
    private static final AccountId TRIAL_CLINICIAN = new AccountId(new UUID(0, 0));

    private PatientRules() {
    }

    static Validator<String> reference() {
        return DomainCheck.accepts(ClinicReference::new);
    }

    static Validator<String> name() {
        return DomainCheck.accepts(name -> Patient.register(TRIAL_REFERENCE, name, TRIAL_BIRTH, Locale.ENGLISH,
                ContactDetails.NONE, TRIAL_CONDITION, Set.of(), TRIAL_CLINICIAN, TRIAL_BIRTH));
    }

    static Validator<LocalDate> dateOfBirth(LocalDate today) {
        return DomainCheck.accepts(dateOfBirth -> Patient.register(TRIAL_REFERENCE, "Trial", dateOfBirth, Locale.ENGLISH,
                ContactDetails.NONE, TRIAL_CONDITION, Set.of(), TRIAL_CLINICIAN, today));
    }

    static Validator<String> phone() {
        return DomainCheck.accepts(phone -> new ContactDetails(phone, ""));
    }

    static Validator<String> email() {
        return DomainCheck.accepts(email -> new ContactDetails("", email));
    }

    static Validator<String> condition() {
        return DomainCheck.accepts(description -> new Condition(description, Side.BOTH));
    }
}
