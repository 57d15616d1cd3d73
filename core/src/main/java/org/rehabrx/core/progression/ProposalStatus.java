package org.rehabrx.core.progression;

public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
