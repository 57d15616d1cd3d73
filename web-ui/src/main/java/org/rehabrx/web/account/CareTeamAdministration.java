package org.rehabrx.web.account;

import java.util.Comparator;
import java.util.Optional;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins decide which clinicians are in a patient's care team and which patient login belongs to a record.
 * They find the patient by clinic reference and see nothing clinical.
 */
@Service
public class CareTeamAdministration {

    private final Patients patients;
    private final Accounts accounts;
    private final AccountSummaries summaries;

    CareTeamAdministration(Patients patients, Accounts accounts, AccountSummaries summaries) {
        this.patients = patients;
        this.accounts = accounts;
        this.summaries = summaries;
    }

    /** @throws IllegalArgumentException when the text is not a clinic reference */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(AuditAction.PATIENT_RECORD_VIEWED)
    public Optional<CareTeamMembership> findByReference(String reference) {
        return patients.findByReference(new ClinicReference(reference)).map(this::membership);
    }

    /** Adding a clinician already in the team changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.CARE_TEAM_CHANGED, subject = "#patientId")
    public CareTeamMembership addToCareTeam(PatientId patientId, long expectedVersion, AccountId clinician) {
        requireUsable(clinician, Role.CLINICIAN, "Only a clinician account can join a care team.");
        return save(current(patientId, expectedVersion).withClinicianInCareTeam(clinician));
    }

    /** @throws IllegalStateException when it is the last clinician of the team */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.CARE_TEAM_CHANGED, subject = "#patientId")
    public CareTeamMembership removeFromCareTeam(PatientId patientId, long expectedVersion, AccountId clinician) {
        return save(current(patientId, expectedVersion).withClinicianLeavingCareTeam(clinician));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.PATIENT_ACCOUNT_LINKED, subject = "#patientId")
    public CareTeamMembership linkAccount(PatientId patientId, long expectedVersion, AccountId patientAccount) {
        requireUsable(patientAccount, Role.PATIENT, "Only a patient account can be linked to a patient record.");
        var linkedElsewhere = patients.findByAccount(patientAccount)
                .filter(other -> !other.id().equals(patientId));
        if (linkedElsewhere.isPresent()) {
            throw new IllegalStateException("This patient account is already linked to another patient record.");
        }
        return save(current(patientId, expectedVersion).linkedTo(patientAccount));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = AuditAction.PATIENT_ACCOUNT_LINKED, subject = "#patientId")
    public CareTeamMembership unlinkAccount(PatientId patientId, long expectedVersion) {
        return save(current(patientId, expectedVersion).unlinkedFromAccount());
    }

    private void requireUsable(AccountId id, Role role, String wrongRole) {
        var account = accounts.findById(id).orElseThrow(() -> new NoSuchAccountException(id));
        if (account.role() != role) {
            throw new IllegalArgumentException(wrongRole);
        }
        if (!account.enabled()) {
            throw new IllegalStateException("A disabled account cannot be added.");
        }
    }

    private Patient current(PatientId id, long expectedVersion) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        Versions.requireUnchanged("Patient", id.value(), expectedVersion, patient.version());
        return patient;
    }

    private CareTeamMembership save(Patient patient) {
        return membership(patients.save(patient));
    }

    private CareTeamMembership membership(Patient patient) {
        var team = summaries.of(patient.careTeam().stream()
                        .map(accounts::findById)
                        .flatMap(Optional::stream)
                        .toList()).stream()
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .toList();
        var account = patient.account() == null ? null
                : accounts.findById(patient.account()).map(summaries::of).orElse(null);
        return new CareTeamMembership(patient.id(), patient.reference().value(), patient.name(), team, account,
                patient.version());
    }
}
