package org.rehabrx.core.progression;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.account.AccountId;

import org.rehabrx.core.programme.ProgrammeId;

public interface Proposals {

    Optional<Proposal> findById(ProposalId id);

    /** The programme's proposals still waiting for a clinician, newest first. */
    List<Proposal> pendingFor(ProgrammeId programme);

    /**
     * The programmes with proposals still waiting for a clinician, of the active patients whose care team
     * includes the clinician, by patient name.
     */
    List<ProgrammeId> programmesWithPendingInCareOf(AccountId clinician);

    /**
     * Stores a new proposal or a review of a stored one. A new proposal whose id is already stored is the
     * same evaluation repeated and leaves the stored one as it is.
     *
     * @return the proposal as stored
     * @throws org.rehabrx.core.shared.ConcurrentChangeException when the proposal was reviewed since it was read
     */
    Proposal save(Proposal proposal);
}
