package org.rehabrx.web.programme;

import java.util.function.Function;

import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.patient.PatientAccess;
import org.rehabrx.web.security.AccountPrincipal;
import org.springframework.stereotype.Component;

/** Loads a programme together with its patient and checks the signed-in account's access to that patient. */
@Component
public class ProgrammeLoader {

    private final Programmes programmes;
    private final Patients patients;
    private final PatientAccess access;

    ProgrammeLoader(Programmes programmes, Patients patients, PatientAccess access) {
        this.programmes = programmes;
        this.patients = patients;
        this.access = access;
    }

    /** For changes: only a clinician in the care team. */
    public TreatedProgramme forTreatment(ProgrammeId id) {
        return load(id, access::requireTreating);
    }

    /** For changes: a clinician in the care team, of a patient who is not archived. */
    public TreatedProgramme forChange(ProgrammeId id) {
        var treated = forTreatment(id);
        requireActive(treated.patient());
        return treated;
    }

    /** For logging sessions: a clinician in the care team or the patient themselves, not archived. */
    public TreatedProgramme forLogging(ProgrammeId id) {
        var treated = forTreatmentOrSelf(id);
        requireActive(treated.patient());
        return treated;
    }

    /** For reading: a clinician in the care team or the patient themselves. */
    public TreatedProgramme forTreatmentOrSelf(ProgrammeId id) {
        return load(id, access::requireTreatingOrSelf);
    }

    /** A patient a programme is started for: in the signed-in clinician's care and not archived. */
    public Patient treatedPatient(PatientId id) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        access.requireTreating(patient);
        requireActive(patient);
        return patient;
    }

    private static void requireActive(Patient patient) {
        if (!patient.isActive()) {
            throw new IllegalStateException("This patient is archived; reactivate them before changing anything.");
        }
    }

    private TreatedProgramme load(ProgrammeId id, Function<Patient, AccountPrincipal> check) {
        var programme = programmes.findById(id).orElseThrow(() -> new NoSuchProgrammeException(id));
        var patient = patients.findById(programme.patient())
                .orElseThrow(() -> new NoSuchPatientException(programme.patient()));
        var actor = check.apply(patient);
        return new TreatedProgramme(programme, patient, actor);
    }
}
