package org.rehabrx.core.progression;

import java.util.List;

/** Stores proposals in bulk, as a refresh makes them. */
public interface NewProposals {

    /**
     * Stores those of the new, pending proposals whose ids are not stored yet, with the logs they used; a stored
     * one, whether pending or already reviewed, is left as it is. Storing the same proposals again changes nothing.
     *
     * @return how many proposals were stored by this call
     */
    int storeMissing(List<Proposal> proposals);
}
