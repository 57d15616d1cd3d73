package org.rehabrx.core.sessionlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rehabrx.core.programme.ProgrammeId;

public interface SessionLogs {

    Optional<SessionLog> findById(SessionLogId id);

    /** Every log of the programme, across its versions, oldest day first. */
    List<SessionLog> forProgramme(ProgrammeId programme);

    /**
     * The programme's newest logs, as many as {@code latest}, together with every log dated {@code since} or
     * later, oldest day first: what a page of recent activity needs, however long the programme has run.
     */
    List<SessionLog> recentOf(ProgrammeId programme, int latest, LocalDate since);

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when the log changed since it was read */
    SessionLog save(SessionLog log);
}
