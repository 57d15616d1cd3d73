package org.rehabrx.web.programme;

import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.stereotype.Component;

/**
 * Loads a programme together with its patient and who is acting on it. Who may do so is decided before:
 * by the method security of the calling application service, which must not call here unchecked.
 */
@Component
public class ProgrammeLoader {

    private final Programmes programmes;
    private final Patients patients;
    private final SignedInAccount signedIn;

    ProgrammeLoader(Programmes programmes, Patients patients, SignedInAccount signedIn) {
        this.programmes = programmes;
        this.patients = patients;
        this.signedIn = signedIn;
    }

    public TreatedProgramme load(ProgrammeId id) {
        var programme = programmes.findById(id).orElseThrow(() -> new NoSuchProgrammeException(id));
        var patient = patients.findById(programme.patient())
                .orElseThrow(() -> new NoSuchPatientException(programme.patient()));
        return new TreatedProgramme(programme, patient, signedIn.require());
    }

    /** For changes and logging: the programme of a patient who is not archived. */
    public TreatedProgramme loadForChange(ProgrammeId id) {
        var treated = load(id);
        requireActive(treated.patient());
        return treated;
    }

    /** A patient a programme is started for: not archived. */
    public Patient activePatient(PatientId id) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        requireActive(patient);
        return patient;
    }

    private static void requireActive(Patient patient) {
        if (!patient.isActive()) {
            throw new IllegalStateException("This patient is archived; reactivate them before changing anything.");
        }
    }
}
