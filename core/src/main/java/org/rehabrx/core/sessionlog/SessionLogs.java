package org.rehabrx.core.sessionlog;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.programme.ProgrammeId;

public interface SessionLogs {

    Optional<SessionLog> findById(SessionLogId id);

    /** Every log of the programme, across its versions, oldest day first. */
    List<SessionLog> forProgramme(ProgrammeId programme);

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when the log changed since it was read */
    SessionLog save(SessionLog log);
}
