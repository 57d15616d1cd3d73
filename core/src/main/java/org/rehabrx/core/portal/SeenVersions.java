package org.rehabrx.core.portal;

import java.util.OptionalInt;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.programme.ProgrammeId;

/** The newest version of each programme that a patient account has acknowledged seeing. */
public interface SeenVersions {

    /** Empty when the account has never dismissed a notice about this programme. */
    OptionalInt lastSeen(AccountId account, ProgrammeId programme);

    /**
     * Remembers that the account has seen the programme up to this version. Only ever moves forward: an
     * older number, say from a second tab left open, leaves a newer one in place.
     */
    void markSeen(AccountId account, ProgrammeId programme, int versionNumber);
}
