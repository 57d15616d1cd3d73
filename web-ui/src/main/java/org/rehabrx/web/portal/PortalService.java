package org.rehabrx.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.portal.SeenVersions;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeComparison;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.report.handout.ExerciseDrawings;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.portal.MyProgramme.ExerciseCard;
import org.rehabrx.web.portal.MyProgramme.Illustration;
import org.rehabrx.web.portal.MyProgramme.ProgrammeChange;
import org.rehabrx.web.portal.TodaysSession.ExerciseToLog;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in patient's own programme and session logging. The patient is the record linked to the
 * signed-in account, found anew on every call; no method takes a patient, programme or log id. Logging goes
 * through {@link SessionLogService}, so that the same rules apply and the progression engine hears of it.
 */
@Service
public class PortalService {

    /** The programme details a patient reads; progression rules and baseline pain are the clinician's. */
    private static final Set<String> PATIENT_VISIBLE_DETAILS = Set.of("title", "goal", "start date", "review date");

    private final CareRelations careRelations;
    private final Patients patients;
    private final Programmes programmes;
    private final Exercises exercises;
    private final ExerciseImages images;
    private final EducationBlocks educationBlocks;
    private final SessionLogs sessionLogs;
    private final SessionLogService sessionLogService;
    private final SeenVersions seenVersions;
    private final SignedInAccount signedIn;
    private final Clock clock;

    PortalService(CareRelations careRelations, Patients patients, Programmes programmes, Exercises exercises,
                  ExerciseImages images, EducationBlocks educationBlocks, SessionLogs sessionLogs,
                  SessionLogService sessionLogService, SeenVersions seenVersions, SignedInAccount signedIn,
                  Clock clock) {
        this.careRelations = careRelations;
        this.patients = patients;
        this.programmes = programmes;
        this.exercises = exercises;
        this.images = images;
        this.educationBlocks = educationBlocks;
        this.sessionLogs = sessionLogs;
        this.sessionLogService = sessionLogService;
        this.seenVersions = seenVersions;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The active programme's current version, with a notice of what changed since the patient last looked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PATIENT')")
    @Audited(AuditAction.PROGRAMME_VIEWED)
    public MyProgramme myProgramme() {
        var me = me();
        var language = me.patient().preferredLanguage();
        return new MyProgramme(language, activeProgramme(me.patient()).map(programme -> shown(me, programme)));
    }

    /** The form for today: each exercise of the active programme, and whether yesterday still needs its morning. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PATIENT')")
    @Audited(AuditAction.SESSION_LOGS_VIEWED)
    public TodaysSession todaysSession() {
        var me = me();
        var language = me.patient().preferredLanguage();
        var today = LocalDate.now(clock);
        var active = activeProgramme(me.patient());
        if (active.isEmpty()) {
            return new TodaysSession(language, today, Optional.empty(), List.of(), List.of());
        }
        var programme = active.get();
        var content = programme.content();
        var logs = sessionLogs.forProgramme(programme.id());
        var loggedToday = logs.stream().filter(log -> log.date().equals(today)).map(SessionLog::exercise)
                .collect(Collectors.toSet());
        var awaiting = awaitingNextMorning(logs, today);
        var ids = new ArrayList<>(content.exercises().stream().map(PrescribedExercise::exercise).toList());
        awaiting.forEach(log -> ids.add(log.exercise()));
        var library = library(ids, language);
        var toLog = content.exercises().stream()
                .map(prescribed -> new ExerciseToLog(prescribed.exercise(),
                        library.get(prescribed.exercise()).name(), prescribed.dosage().sentence(language),
                        loggedToday.contains(prescribed.exercise())))
                .toList();
        var awaitingNames = awaiting.stream().map(log -> library.get(log.exercise()).name()).distinct().toList();
        var startsOn = content.startDate().isAfter(today) ? Optional.of(content.startDate()) : Optional.<LocalDate>empty();
        return new TodaysSession(language, today, startsOn, toLog, awaitingNames);
    }

    /**
     * Logs today's session of the active programme, one session log per exercise reported; all or nothing.
     *
     * @return how many exercises were logged
     */
    @Transactional
    @PreAuthorize("hasRole('PATIENT')")
    @Audited(AuditAction.SESSION_LOGGED)
    public int logToday(List<ExerciseOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("Choose done or not done for at least one exercise.");
        }
        var me = me();
        var programme = activeProgramme(me.patient())
                .orElseThrow(() -> new IllegalStateException("There is no active programme to log a session of."));
        var today = LocalDate.now(clock);
        var reported = new HashSet<ExerciseId>();
        for (var outcome : outcomes) {
            if (!reported.add(outcome.exercise())) {
                throw new IllegalArgumentException("Each exercise can be logged once per session.");
            }
            sessionLogService.log(programme.id(), new SessionReport(outcome.exercise(), today, outcome.done(), null,
                    outcome.painDuring(), null, outcome.comment()));
        }
        return outcomes.size();
    }

    /**
     * Adds this morning's pain to every session log of yesterday that still lacks it: the morning after is one
     * rating of the foot, not one per exercise.
     *
     * @return how many session logs received it
     */
    @Transactional
    @PreAuthorize("hasRole('PATIENT')")
    @Audited(AuditAction.SESSION_LOGGED)
    public int logNextMorningPain(PainScore pain) {
        var me = me();
        var programme = activeProgramme(me.patient())
                .orElseThrow(() -> new IllegalStateException("There is no active programme to log a session of."));
        var waiting = awaitingNextMorning(sessionLogs.forProgramme(programme.id()), LocalDate.now(clock));
        if (waiting.isEmpty()) {
            throw new IllegalStateException("There is no session from yesterday waiting for this morning's pain.");
        }
        for (var log : waiting) {
            sessionLogService.addPainNextMorning(log.id(), log.version(), pain);
        }
        return waiting.size();
    }

    /**
     * The patient has read the notice about the version they were shown. A newer version made since then
     * stays announced.
     */
    @Transactional
    @PreAuthorize("hasRole('PATIENT')")
    @Audited(AuditAction.PROGRAMME_CHANGE_NOTICE_DISMISSED)
    public void dismissChangeNotice(int versionShown) {
        var me = me();
        var programme = activeProgramme(me.patient())
                .orElseThrow(() -> new IllegalStateException("There is no active programme."));
        seenVersions.markSeen(me.account().accountId(), programme.id(), Math.min(versionShown, programme.number()));
    }

    private record Me(AccountPrincipal account, Patient patient) {
    }

    /** The patient record linked to the signed-in account; an account without one sees nothing. */
    private Me me() {
        var account = signedIn.require();
        var patient = careRelations.patientOfAccount(account.accountId())
                .flatMap(patients::findById)
                .orElseThrow(AccountNotLinkedException::new);
        return new Me(account, patient);
    }

    private Optional<Programme> activeProgramme(Patient patient) {
        return programmes.forPatient(patient.id()).stream()
                .filter(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .findFirst();
    }

    private MyProgramme.Shown shown(Me me, Programme programme) {
        var language = me.patient().preferredLanguage();
        var content = programme.content();
        var seen = seenVersions.lastSeen(me.account().accountId(), programme.id()).orElse(1);
        var older = seen < programme.number() ? programmes.findVersion(programme.id(), seen) : Optional.<ProgrammeVersion>empty();
        var ids = new ArrayList<>(content.exercises().stream().map(PrescribedExercise::exercise).toList());
        older.ifPresent(version -> version.content().exercises().forEach(p -> ids.add(p.exercise())));
        var library = library(ids, language);
        var pictures = images.findAll(content.exercises().stream().map(PrescribedExercise::exercise).toList());
        var cards = content.exercises().stream()
                .map(prescribed -> card(prescribed, library, pictures, language)).toList();
        var blocks = educationBlocks.findAllById(content.educationBlocks()).stream()
                .map(block -> block.in(language))
                .collect(Collectors.toMap(EducationBlock::id, Function.identity()));
        var change = older.map(version -> change(ProgrammeComparison.between(version, programme.current()),
                programme, library));
        return new MyProgramme.Shown(programme.id(), programme.number(), content.title(), content.goal(),
                content.reviewDate(), cards, content.orthoticNotes(),
                content.educationBlocks().stream().map(blocks::get).toList(), change);
    }

    private ExerciseCard card(PrescribedExercise prescribed, Map<ExerciseId, Exercise> library,
                              Map<ExerciseId, Map<ImagePosition, ExerciseImage>> pictures, Locale language) {
        var exercise = library.get(prescribed.exercise());
        var description = exercise.description();
        var level = exercise.level(prescribed.level());
        return new ExerciseCard(exercise.id(), exercise.name(), level.number(), level.name(), level.instructions(),
                description.steps(), description.cues(), description.precautions(),
                prescribed.dosage().sentence(language), prescribed.clinicianNote(),
                illustrations(exercise, pictures.getOrDefault(exercise.id(), Map.of())));
    }

    private List<Illustration> illustrations(Exercise exercise, Map<ImagePosition, ExerciseImage> pictures) {
        var drawingKey = exercise.drawingKey(exercises::findById);
        var illustrations = new ArrayList<Illustration>();
        for (var position : ImagePosition.values()) {
            var picture = pictures.get(position);
            if (picture != null) {
                illustrations.add(new Illustration(position, picture, null));
            } else {
                drawingKey.flatMap(key -> ExerciseDrawings.svg(key, position))
                        .ifPresent(svg -> illustrations.add(new Illustration(position, null, svg)));
            }
        }
        return List.copyOf(illustrations);
    }

    private ProgrammeChange change(ProgrammeComparison comparison, Programme programme,
                                   Map<ExerciseId, Exercise> library) {
        Function<PrescribedExercise, String> name = prescribed -> library.get(prescribed.exercise()).name();
        return new ProgrammeChange(comparison.olderNumber(), comparison.newerNumber(),
                LocalDate.ofInstant(programme.current().createdAt(), clock.getZone()),
                comparison.addedExercises().stream().map(name).toList(),
                comparison.removedExercises().stream().map(name).toList(),
                comparison.changedExercises().stream().map(change -> name.apply(change.after())).toList(),
                !comparison.addedOrthoticNotes().isEmpty() || !comparison.removedOrthoticNotes().isEmpty(),
                !comparison.addedEducationBlocks().isEmpty() || !comparison.removedEducationBlocks().isEmpty(),
                comparison.changedDetails().stream().anyMatch(PATIENT_VISIBLE_DETAILS::contains));
    }

    /** The exercises by id, as a reader of the language sees them. */
    private Map<ExerciseId, Exercise> library(Collection<ExerciseId> ids, Locale language) {
        return exercises.findAllById(List.copyOf(new HashSet<>(ids))).stream()
                .map(exercise -> exercise.in(language))
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    /** Yesterday's logs of exercises that were done or rated, still without a next-morning rating. */
    private static List<SessionLog> awaitingNextMorning(List<SessionLog> logs, LocalDate today) {
        var yesterday = today.minusDays(1);
        return logs.stream()
                .filter(log -> log.date().equals(yesterday))
                .filter(log -> log.painNextMorning() == null)
                .filter(log -> log.completed() || log.painDuring() != null)
                .toList();
    }
}
