package org.rehabrx.web.progression;

/** The programme has moved to another version since the proposal was made; it must be evaluated again. */
public final class StaleProposalException extends RuntimeException {

    StaleProposalException() {
        super("The programme has changed since this proposal was made; evaluate the session logs again.");
    }
}
