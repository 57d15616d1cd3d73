package org.rehabrx.web.sessionlog;

import org.rehabrx.core.programme.ProgrammeId;

/**
 * A session log was written or completed for a programme, published inside the transaction that stored it,
 * so that what depends on the evidence (the progression engine) can follow without this feature knowing it.
 */
public record SessionLogged(ProgrammeId programme) {
}
