package org.rehabrx.core.progression;

import java.time.Duration;
import java.util.Objects;

/**
 * What one refresh did, in counts only.
 *
 * @param programmes the active programmes read
 * @param skipped    of those, the ones the engine could not evaluate (an exercise prescribed at a level it no
 *                   longer has)
 * @param proposals  the proposals to decide on that the engine made, new or made before; "not enough logs" is
 *                   never stored and not counted
 * @param created    of those, the ones stored by this refresh
 * @param took       from the first read to the last write
 */
public record RefreshTally(int programmes, int skipped, int proposals, int created, Duration took) {

    public RefreshTally {
        if (skipped < 0 || skipped > programmes || created < 0 || created > proposals) {
            throw new IllegalArgumentException("A refresh counts from zero, skips no more than it reads and creates "
                    + "no more than it proposes.");
        }
        Objects.requireNonNull(took, "took");
    }
}
