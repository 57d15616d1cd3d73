package org.rehabrx.core.patient;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.account.AccountId;

/** All patients of the installation. */
public interface Patients {

    Optional<Patient> findById(PatientId id);

    Optional<Patient> findByReference(ClinicReference reference);

    /** The patient record linked to a patient's own login. */
    Optional<Patient> findByAccount(AccountId account);

    /** The patients whose care team includes the clinician, by name. */
    List<Patient> inCareOf(AccountId clinician);

    /**
     * @return the patient as stored, carrying its new version
     * @throws ReferenceTakenException when a new patient's reference is already in use
     * @throws org.rehabrx.core.shared.ConcurrentChangeException when the patient changed since it was read
     */
    Patient save(Patient patient);
}
