package org.rehabrx.core.programme;

import java.util.List;

/**
 * A programme with every version it ever had.
 *
 * @param history every version, oldest first; the last one is the programme's current version
 */
public record ProgrammeWithHistory(Programme programme, List<ProgrammeVersion> history) {

    public ProgrammeWithHistory {
        history = List.copyOf(history);
    }
}
