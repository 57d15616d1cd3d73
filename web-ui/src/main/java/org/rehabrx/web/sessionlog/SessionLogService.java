package org.rehabrx.web.sessionlog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.programme.ProgrammeLoader;
import org.rehabrx.web.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SessionLogService {

    private final SessionLogs sessionLogs;
    private final ProgrammeLoader loader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionLogService(SessionLogs sessionLogs, ProgrammeLoader loader, ApplicationEventPublisher events, Clock clock) {
        this.sessionLogs = sessionLogs;
        this.loader = loader;
        this.events = events;
        this.clock = clock;
    }

    /** Logs a session against the active programme, at the level prescribed for that exercise. */
    @Transactional
    @Audited(value = AuditAction.SESSION_LOGGED, subject = "#programmeId")
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public SessionLog log(ProgrammeId programmeId, SessionReport report) {
        var treated = loader.forLogging(programmeId);
        var programme = treated.programme();
        if (programme.status() != ProgrammeStatus.ACTIVE) {
            throw new IllegalStateException("Sessions are logged against the active programme only.");
        }
        if (report.date().isBefore(programme.content().startDate())) {
            throw new IllegalArgumentException("The programme starts on " + programme.content().startDate()
                    + "; a session before that belongs to no programme.");
        }
        var prescribed = programme.content().prescribed(report.exercise())
                .orElseThrow(() -> new IllegalArgumentException("This exercise is not part of the programme."));
        var saved = sessionLogs.save(SessionLog.record(programmeId, programme.number(), report.exercise(),
                prescribed.level(), report.date(), report.completed(), report.setsDone(), report.painDuring(),
                report.painNextMorning(), report.comment(), treated.actor().accountId(), clock.instant(),
                LocalDate.now(clock)));
        events.publishEvent(new SessionLogged(programmeId));
        return saved;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public SessionLog addPainNextMorning(SessionLogId id, long expectedVersion, PainScore pain) {
        var log = sessionLogs.findById(id).orElseThrow(() -> new IllegalArgumentException("No such session log."));
        loader.forLogging(log.programme());
        Versions.requireUnchanged("Session log", id.value(), expectedVersion, log.version());
        var saved = sessionLogs.save(log.withPainNextMorning(pain, LocalDate.now(clock)));
        events.publishEvent(new SessionLogged(log.programme()));
        return saved;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public List<SessionLog> logsOf(ProgrammeId programmeId) {
        loader.forTreatmentOrSelf(programmeId);
        return sessionLogs.forProgramme(programmeId);
    }
}
