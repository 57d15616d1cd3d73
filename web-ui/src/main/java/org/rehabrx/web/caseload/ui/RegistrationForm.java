package org.rehabrx.web.caseload.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.patient.PatientRegistration;

/** What the "new patient" form holds while the clinician types; the binder writes only values that passed. */
final class RegistrationForm {

    private String reference = "";
    private String name = "";
    private @Nullable LocalDate dateOfBirth;
    private Locale preferredLanguage = Locale.ENGLISH;
    private String phone = "";
    private String email = "";
    private String condition = "";
    private @Nullable Side side;
    private Set<HealthFlag> healthFlags = Set.of();

    /** The registration, once every required value is in; the binder has checked them. */
    PatientRegistration registration() {
        if (dateOfBirth == null || side == null) {
            throw new IllegalStateException("The form is incomplete.");
        }
        return new PatientRegistration(reference, name, dateOfBirth, preferredLanguage, phone, email, condition, side,
                healthFlags);
    }

    String getReference() {
        return reference;
    }

    void setReference(String reference) {
        this.reference = reference;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    @Nullable LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    Locale getPreferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(Locale preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getCondition() {
        return condition;
    }

    void setCondition(String condition) {
        this.condition = condition;
    }

    @Nullable Side getSide() {
        return side;
    }

    void setSide(@Nullable Side side) {
        this.side = side;
    }

    Set<HealthFlag> getHealthFlags() {
        return healthFlags;
    }

    void setHealthFlags(Set<HealthFlag> healthFlags) {
        this.healthFlags = Set.copyOf(healthFlags);
    }
}
