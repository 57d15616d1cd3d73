package org.rehabrx.web.patient;

import java.util.Optional;

import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for method security, named {@code care} for use as
 * {@code @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatient(#id)")}. They answer from the care
 * relations alone, so a refused call has read no clinical record; an id that does not exist is refused
 * exactly like another clinician's record, so a refusal tells nobody whether the record exists.
 */
@Component("care")
public class CareAccess {

    private final CareRelations relations;
    private final SignedInAccount signedIn;

    CareAccess(CareRelations relations, SignedInAccount signedIn) {
        this.relations = relations;
        this.signedIn = signedIn;
    }

    /** The signed-in clinician is in the patient's care team. */
    public boolean treatsPatient(PatientId patient) {
        return clinician().filter(me -> relations.isInCareTeam(me, patient)).isPresent();
    }

    /** The signed-in clinician treats the patient, or the signed-in patient is that patient. */
    public boolean treatsOrIsPatient(PatientId patient) {
        return treatsPatient(patient) || ownPatientRecord().filter(patient::equals).isPresent();
    }

    public boolean treatsProgramme(ProgrammeId programme) {
        return relations.patientOfProgramme(programme).filter(this::treatsPatient).isPresent();
    }

    /** The signed-in clinician treats the programme's patient, or the signed-in patient follows it. */
    public boolean treatsOrIsPatientOfProgramme(ProgrammeId programme) {
        return relations.patientOfProgramme(programme).filter(this::treatsOrIsPatient).isPresent();
    }

    public boolean treatsOrIsPatientOfSessionLog(SessionLogId sessionLog) {
        return relations.patientOfSessionLog(sessionLog).filter(this::treatsOrIsPatient).isPresent();
    }

    public boolean treatsPatientOfProposal(ProposalId proposal) {
        return relations.patientOfProposal(proposal).filter(this::treatsPatient).isPresent();
    }

    private Optional<AccountId> clinician() {
        return acting(Role.CLINICIAN);
    }

    private Optional<PatientId> ownPatientRecord() {
        return acting(Role.PATIENT).flatMap(relations::patientOfAccount);
    }

    /** An account that must first replace a temporary password acts in no role. */
    private Optional<AccountId> acting(Role role) {
        return signedIn.get()
                .filter(account -> account.role() == role && !account.passwordChangeRequired())
                .map(AccountPrincipal::accountId);
    }
}
