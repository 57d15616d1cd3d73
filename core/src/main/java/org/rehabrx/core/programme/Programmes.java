package org.rehabrx.core.programme;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.patient.PatientId;

/** All home programmes with every version they ever had. */
public interface Programmes {

    /** The programme with its current version. */
    Optional<Programme> findById(ProgrammeId id);

    /** Every version of the programme, oldest first. */
    List<ProgrammeVersion> history(ProgrammeId id);

    Optional<ProgrammeVersion> findVersion(ProgrammeId id, int number);

    /** The patient's programmes with their current versions, newest first. */
    List<Programme> forPatient(PatientId patient);

    /** The patient's programmes as {@link #forPatient} gives them, each with its history, read together. */
    List<ProgrammeWithHistory> forPatientWithHistories(PatientId patient);

    /**
     * Stores the programme's current version; a new version number is added, and every earlier ACTIVE
     * version becomes SUPERSEDED.
     *
     * @return the programme as stored, carrying its new version
     * @throws org.rehabrx.core.shared.ConcurrentChangeException when the programme changed since it was read
     */
    Programme save(Programme programme);
}
