package org.rehabrx.web.programme;

import org.rehabrx.core.programme.ProgrammeId;

public final class NoSuchProgrammeException extends RuntimeException {

    public NoSuchProgrammeException(ProgrammeId id) {
        super("No programme with id " + id.value());
    }
}
