package org.rehabrx.core.access;

import java.util.Optional;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.sessionlog.SessionLogId;

/** Who belongs to whom. Every answer is empty (or false) for an id that does not exist. */
public interface CareRelations {

    boolean isInCareTeam(AccountId clinician, PatientId patient);

    /** The patient record a PATIENT account is linked to. */
    Optional<PatientId> patientOfAccount(AccountId account);

    Optional<PatientId> patientOfProgramme(ProgrammeId programme);

    Optional<PatientId> patientOfSessionLog(SessionLogId sessionLog);

    Optional<PatientId> patientOfProposal(ProposalId proposal);
}
