package org.rehabrx.web.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PatientService {

    private final Patients patients;
    private final PatientAccess access;
    private final SignedInAccount signedIn;
    private final Clock clock;

    PatientService(Patients patients, PatientAccess access, SignedInAccount signedIn, Clock clock) {
        this.patients = patients;
        this.access = access;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The registering clinician becomes the first member of the care team. */
    @Transactional
    @Audited(AuditAction.PATIENT_REGISTERED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public Patient register(PatientRegistration form) {
        var patient = Patient.register(new ClinicReference(form.reference()), form.name(), form.dateOfBirth(),
                form.preferredLanguage(), form.contact(), new Condition(form.condition(), form.side()),
                form.healthFlags(), signedIn.require().accountId(), LocalDate.now(clock));
        return patients.save(patient);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public Patient find(PatientId id) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        access.requireTreatingOrSelf(patient);
        return patient;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Patient> myPatients() {
        return patients.inCareOf(signedIn.require().accountId());
    }

    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Patient changeHealthFlags(PatientId id, long expectedVersion, Set<HealthFlag> flags) {
        var patient = treated(id, expectedVersion);
        return patients.save(patient.withHealthFlags(flags));
    }

    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Patient archive(PatientId id, long expectedVersion) {
        return patients.save(treated(id, expectedVersion).archived());
    }

    private Patient treated(PatientId id, long expectedVersion) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        access.requireTreating(patient);
        Versions.requireUnchanged("Patient", id.value(), expectedVersion, patient.version());
        return patient;
    }
}
