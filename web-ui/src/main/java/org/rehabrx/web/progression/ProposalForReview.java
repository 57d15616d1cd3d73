package org.rehabrx.web.progression;

import java.util.List;

import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.sessionlog.SessionLog;

/**
 * A pending proposal with what a clinician needs to decide on it: whose it is, the exercise and its level
 * names, and the session logs it rests on (newest first).
 */
public record ProposalForReview(Proposal proposal, PatientId patientId, String patientName, String patientReference,
                                String exerciseName, String fromLevelName, String toLevelName,
                                List<SessionLog> usedLogs) {

    public ProposalForReview {
        usedLogs = List.copyOf(usedLogs);
    }
}
