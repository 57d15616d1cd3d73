package org.rehabrx.core.progression;

import java.util.function.Consumer;

/** The evidence of every active programme of an active patient, read as a stream rather than all at once. */
public interface ActiveProgrammeEvidence {

    /**
     * Hands the evidence of each active programme to the consumer, one programme after the other, holding no more
     * than a bounded batch of programmes in memory at any time.
     */
    void forEach(Consumer<ProgrammeEvidence> consumer);
}
