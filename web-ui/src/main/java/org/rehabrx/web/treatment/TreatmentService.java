package org.rehabrx.web.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgrammeWithHistory;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.treatment.TreatmentLabels;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient page's read: one patient with their programme, its history, recent logs and proposals. The
 * care-team rule is checked once, for the patient; everything shown belongs to that patient, so it is read straight
 * from the repositories, each kind of thing in one go, so that a long treatment costs no more queries than a new one.
 */
@Service
public class TreatmentService {

    private final Patients patients;
    private final Programmes programmes;
    private final SessionLogs sessionLogs;
    private final Proposals proposals;
    private final TreatmentLabels labels;
    private final Clock clock;

    TreatmentService(Patients patients, Programmes programmes, SessionLogs sessionLogs, Proposals proposals,
                     TreatmentLabels labels, Clock clock) {
        this.patients = patients;
        this.programmes = programmes;
        this.sessionLogs = sessionLogs;
        this.proposals = proposals;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * Only a clinician of the care team reads the record; anyone else gets the same refusal whether or not the
     * patient exists.
     */
    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PATIENT_RECORD_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatient(#id)")
    public PatientRecord recordOf(PatientId id) {
        var patient = patients.findById(id).orElseThrow(() -> new NoSuchPatientException(id));
        var today = LocalDate.now(clock);
        var withHistories = programmes.forPatientWithHistories(id);
        var all = withHistories.stream().map(ProgrammeWithHistory::programme).toList();
        var shown = shown(withHistories);
        var programme = shown == null ? null : shown.programme();
        List<ProgrammeVersion> history = shown == null ? List.of() : shown.history();
        List<SessionLog> logs = List.of();
        List<SessionLog> painTrend = List.of();
        List<Proposal> pending = List.of();
        if (programme != null) {
            var since = today.minus(PatientRecord.PAIN_TREND_PERIOD);
            var recent = sessionLogs.recentOf(programme.id(), PatientRecord.LATEST_LOGS, since);
            logs = recent.stream()
                    .sorted(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::enteredAt).reversed())
                    .limit(PatientRecord.LATEST_LOGS)
                    .toList();
            painTrend = recent.stream().filter(log -> !log.date().isBefore(since)).toList();
            pending = Proposal.stillPending(proposals.pendingFor(programme.id()), programme);
        }
        var exerciseIds = new LinkedHashSet<ExerciseId>();
        var blockIds = new LinkedHashSet<EducationBlockId>();
        var accountIds = new LinkedHashSet<AccountId>();
        for (var version : history) {
            version.content().exercises().stream().map(PrescribedExercise::exercise).forEach(exerciseIds::add);
            blockIds.addAll(version.content().educationBlocks());
            accountIds.add(version.createdBy());
            version.content().acknowledgements().forEach(ack -> accountIds.add(ack.by()));
        }
        Stream.concat(logs.stream(), painTrend.stream()).forEach(log -> {
            exerciseIds.add(log.exercise());
            accountIds.add(log.enteredBy());
        });
        pending.forEach(proposal -> exerciseIds.add(proposal.exercise()));
        return new PatientRecord(patient, programme, all, history, logs, painTrend, pending,
                labels.of(exerciseIds, blockIds, accountIds), today);
    }

    /** The active programme, else a draft, else the newest one. */
    private static @Nullable ProgrammeWithHistory shown(List<ProgrammeWithHistory> newestFirst) {
        return newestFirst.stream().filter(p -> p.programme().status() == ProgrammeStatus.ACTIVE).findFirst()
                .or(() -> newestFirst.stream().filter(p -> p.programme().status() == ProgrammeStatus.DRAFT)
                        .findFirst())
                .or(() -> newestFirst.stream().findFirst())
                .orElse(null);
    }
}
