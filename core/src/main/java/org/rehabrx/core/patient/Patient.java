package org.rehabrx.core.patient;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.shared.Text;

/**
 * A person receiving care. Immutable: each change returns the next state, stored by {@link Patients}
 * with an optimistic version check.
 *
 * @param careTeam the clinicians allowed to see and treat this patient; never empty
 * @param account  the patient's own login, once linked
 * @param version  the stored version this state was read at; {@code 0} for a patient never saved
 */
public record Patient(
        PatientId id,
        ClinicReference reference,
        String name,
        LocalDate dateOfBirth,
        Locale preferredLanguage,
        ContactDetails contact,
        Condition condition,
        Set<HealthFlag> healthFlags,
        Set<AccountId> careTeam,
        @Nullable AccountId account,
        PatientStatus status,
        long version) {

    public static final int MAX_NAME_LENGTH = 200;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        name = Text.required(name, "the patient's name", MAX_NAME_LENGTH);
        Objects.requireNonNull(dateOfBirth, "date of birth");
        if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            throw new IllegalArgumentException("The date of birth is before 1900; check the year.");
        }
        Objects.requireNonNull(preferredLanguage, "preferred language");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(condition, "condition");
        healthFlags = healthFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(healthFlags));
        if (careTeam.isEmpty()) {
            throw new IllegalArgumentException("A patient needs at least one clinician in the care team.");
        }
        careTeam = Set.copyOf(careTeam);
        Objects.requireNonNull(status, "status");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /**
     * A new, active patient in the care of the registering clinician.
     *
     * @param today the clinic's date, so that a birth date in the future is refused
     */
    public static Patient register(ClinicReference reference, String name, LocalDate dateOfBirth,
                                   Locale preferredLanguage, ContactDetails contact, Condition condition,
                                   Set<HealthFlag> healthFlags, AccountId registeringClinician, LocalDate today) {
        requireBornBy(dateOfBirth, today);
        return new Patient(PatientId.newId(), reference, name, dateOfBirth, preferredLanguage, contact, condition,
                healthFlags, Set.of(registeringClinician), null, PatientStatus.ACTIVE, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    public boolean isCaredForBy(AccountId clinician) {
        return careTeam.contains(clinician);
    }

    public boolean isActive() {
        return status == PatientStatus.ACTIVE;
    }

    public Patient withDetails(String newName, LocalDate newDateOfBirth, Locale newLanguage,
                               ContactDetails newContact, Condition newCondition, LocalDate today) {
        requireActive("change the details of");
        requireBornBy(newDateOfBirth, today);
        return new Patient(id, reference, newName, newDateOfBirth, newLanguage, newContact, newCondition,
                healthFlags, careTeam, account, status, version);
    }

    public Patient withHealthFlags(Set<HealthFlag> flags) {
        requireActive("change the health flags of");
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, flags,
                careTeam, account, status, version);
    }

    public Patient withClinicianInCareTeam(AccountId clinician) {
        var team = new LinkedHashSet<>(careTeam);
        team.add(clinician);
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                team, account, status, version);
    }

    /** @throws IllegalStateException when the clinician is the last one in the care team */
    public Patient withClinicianLeavingCareTeam(AccountId clinician) {
        if (careTeam.equals(Set.of(clinician))) {
            throw new IllegalStateException(
                    "The last clinician cannot leave the care team; add another clinician first.");
        }
        var team = new LinkedHashSet<>(careTeam);
        team.remove(clinician);
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                team, account, status, version);
    }

    /** Links the patient's own login; a record belongs to one login only. */
    public Patient linkedTo(AccountId patientAccount) {
        if (account != null && !account.equals(patientAccount)) {
            throw new IllegalStateException("This patient record is already linked to another account.");
        }
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                careTeam, patientAccount, status, version);
    }

    /** Ends the link to the patient's own login, for example when it was linked to the wrong record. */
    public Patient unlinkedFromAccount() {
        if (account == null) {
            throw new IllegalStateException("This patient record is not linked to an account.");
        }
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                careTeam, null, status, version);
    }

    public Patient archived() {
        requireActive("archive");
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                careTeam, account, PatientStatus.ARCHIVED, version);
    }

    public Patient reactivated() {
        if (status != PatientStatus.ARCHIVED) {
            throw new IllegalStateException("Only an archived patient can be reactivated.");
        }
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                careTeam, account, PatientStatus.ACTIVE, version);
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Patient storedAs(long storedVersion) {
        return new Patient(id, reference, name, dateOfBirth, preferredLanguage, contact, condition, healthFlags,
                careTeam, account, status, storedVersion);
    }

    private static void requireBornBy(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new IllegalArgumentException("The date of birth cannot be in the future.");
        }
    }

    private void requireActive(String action) {
        if (status != PatientStatus.ACTIVE) {
            throw new IllegalStateException("Cannot " + action + " an archived patient; reactivate them first.");
        }
    }
}
