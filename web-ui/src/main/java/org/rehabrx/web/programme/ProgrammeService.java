package org.rehabrx.web.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeComparison;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.Templates;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProgrammeService {

    private final Programmes programmes;
    private final Patients patients;
    private final Exercises exercises;
    private final Templates templates;
    private final ProgrammeLoader loader;
    private final CautionCheck cautions;
    private final PrescriptionCheck prescriptions;
    private final SignedInAccount signedIn;
    private final Clock clock;
    private final ClinicalMetrics metrics;

    ProgrammeService(Programmes programmes, Patients patients, Exercises exercises, Templates templates, ProgrammeLoader loader, CautionCheck cautions,
                     PrescriptionCheck prescriptions, SignedInAccount signedIn, Clock clock,
                     ClinicalMetrics metrics) {
        this.programmes = programmes;
        this.patients = patients;
        this.exercises = exercises;
        this.templates = templates;
        this.loader = loader;
        this.cautions = cautions;
        this.prescriptions = prescriptions;
        this.signedIn = signedIn;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * A DRAFT programme for the patient, filled from the template for the clinician to tailor. Its title, goal
     * and orthotic notes start in the patient's preferred language where the template has a translation into
     * it; from then on they are the clinician's text.
     */
    @Transactional
    @Audited(value = AuditAction.PROGRAMME_STARTED, subject = "#patientId")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatient(#patientId)")
    public Programme startFromTemplate(PatientId patientId, TemplateId templateId, LocalDate startDate,
                                       LocalDate reviewDate, PainScore baselinePain) {
        var patient = loader.activePatient(patientId);
        var template = templates.findById(templateId)
                .orElseThrow(() -> new IllegalArgumentException("No such template."));
        var content = template.toContent(startDate, reviewDate, baselinePain, patient.condition().side(),
                patient.preferredLanguage());
        return programmes.save(Programme.draft(patient.id(), signedIn.require().accountId(), content,
                clock.instant()));
    }

    /** An empty DRAFT programme, following the pain-monitoring model, for the clinician to fill. */
    @Transactional
    @Audited(value = AuditAction.PROGRAMME_STARTED, subject = "#patientId")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatient(#patientId)")
    public Programme startFromScratch(PatientId patientId, String title, LocalDate startDate, LocalDate reviewDate,
                                      PainScore baselinePain) {
        var patient = loader.activePatient(patientId);
        var content = new ProgrammeContent(title, "", startDate, reviewDate, List.of(), List.of(), List.of(),
                ProgressionRules.PAIN_MONITORING_MODEL, baselinePain, List.of());
        return programmes.save(Programme.draft(patient.id(), signedIn.require().accountId(), content,
                clock.instant()));
    }

    /**
     * A new DRAFT programme for the same patient whose content copies the current version of another of
     * their programmes, with new dates. Caution acknowledgements are not copied: whoever hands the new
     * programme over acknowledges its cautions again. Once activated, it takes over from the patient's
     * active programme (see {@link #activate}).
     */
    @Transactional
    @Audited(value = AuditAction.PROGRAMME_STARTED, subject = "#sourceId")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#sourceId)")
    public Programme startFromCopy(ProgrammeId sourceId, LocalDate startDate, LocalDate reviewDate) {
        var source = loader.load(sourceId);
        var patient = loader.activePatient(source.patient().id());
        var copied = source.programme().content();
        var content = new ProgrammeContent(copied.title(), copied.goal(), startDate, reviewDate, copied.exercises(),
                copied.orthoticNotes(), copied.educationBlocks(), copied.rules(), copied.baselinePain(), List.of());
        return programmes.save(Programme.draft(patient.id(), signedIn.require().accountId(), content,
                clock.instant()));
    }

    /** The patient's programmes with their current versions, newest first, for their care team. */
    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#patientId")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatient(#patientId)")
    public List<Programme> programmesOf(PatientId patientId) {
        return programmes.forPatient(patientId);
    }

    /** The library entries of the exercises the programme prescribes, including a colleague's own. */
    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public List<Exercise> exercisesOf(ProgrammeId id) {
        var programme = programmes.findById(id).orElseThrow(() -> new NoSuchProgrammeException(id));
        var ids = programme.content().exercises().stream().map(PrescribedExercise::exercise).toList();
        return exercises.findAllById(ids);
    }

    /** A patient sees what was handed over to them, never a clinician's draft. */
    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#id")
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT') and @care.treatsOrIsPatientOfProgramme(#id)")
    public Programme find(ProgrammeId id) {
        var treated = loader.load(id);
        if (isPatient(treated) && treated.programme().status() == ProgrammeStatus.DRAFT) {
            throw new NoSuchProgrammeException(id);
        }
        return treated.programme();
    }

    /** The signed-in patient's own programmes, newest first, without drafts. */
    @Transactional(readOnly = true)
    @Audited(AuditAction.PROGRAMME_VIEWED)
    @PreAuthorize("hasRole('PATIENT')")
    public List<Programme> myProgrammes() {
        return patients.findByAccount(signedIn.require().accountId())
                .map(patient -> programmes.forPatient(patient.id()).stream()
                        .filter(programme -> programme.status() != ProgrammeStatus.DRAFT)
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public List<Caution> cautionsOf(ProgrammeId id, ProgrammeContent content) {
        return cautions.raisedBy(content, loader.load(id).patient());
    }

    /**
     * A DRAFT is edited in place; saving an ACTIVE programme creates its next version. Caution
     * acknowledgements are kept as stored: they are added only through {@link #acknowledgeCaution}, which
     * records who acknowledged and when.
     */
    @Transactional
    @Audited(value = AuditAction.PROGRAMME_CHANGED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public Programme saveChanges(ProgrammeId id, long expectedVersion, ProgrammeContent content) {
        var treated = current(id, expectedVersion);
        var stored = treated.programme().content();
        var actor = treated.actor().accountId();
        prescriptions.requirePrescribable(content, stored, actor);
        var checked = content.withAcknowledgements(stored.acknowledgements());
        var raised = cautions.raisedBy(checked, treated.patient());
        return programmes.save(treated.programme().changed(checked, raised, actor, clock.instant()));
    }

    @Transactional
    @Audited(value = AuditAction.PROGRAMME_CHANGED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public Programme acknowledgeCaution(ProgrammeId id, long expectedVersion, ExerciseId exercise, HealthFlag flag,
                                       String reason) {
        var treated = current(id, expectedVersion);
        var acknowledgement = new CautionAcknowledgement(exercise, flag, reason, treated.actor().accountId(),
                clock.instant());
        var content = treated.programme().content().withAcknowledgement(acknowledgement);
        var raised = cautions.raisedBy(content, treated.patient());
        return programmes.save(treated.programme().changed(content, raised, treated.actor().accountId(),
                clock.instant()));
    }

    /**
     * DRAFT → ACTIVE. A patient follows one home programme at a time: any other ACTIVE programme of the
     * patient is completed when this one is handed over.
     */
    @Transactional
    @Audited(value = AuditAction.PROGRAMME_ACTIVATED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public Programme activate(ProgrammeId id, long expectedVersion) {
        var treated = current(id, expectedVersion);
        var raised = cautions.raisedBy(treated.programme().content(), treated.patient());
        var activated = programmes.save(treated.programme().activated(raised, treated.actor().accountId(),
                clock.instant()));
        programmes.forPatient(treated.patient().id()).stream()
                .filter(other -> !other.id().equals(id) && other.status() == ProgrammeStatus.ACTIVE)
                .forEach(other -> programmes.save(other.completed()));
        metrics.programmeActivated();
        return activated;
    }

    @Transactional
    @Audited(value = AuditAction.PROGRAMME_CHANGED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public Programme complete(ProgrammeId id, long expectedVersion) {
        return programmes.save(current(id, expectedVersion).programme().completed());
    }

    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#id")
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT') and @care.treatsOrIsPatientOfProgramme(#id)")
    public List<ProgrammeVersion> history(ProgrammeId id) {
        var treated = loader.load(id);
        return programmes.history(id).stream()
                .filter(version -> !isPatient(treated) || version.status() != ProgrammeStatus.DRAFT)
                .toList();
    }

    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROGRAMME_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public ProgrammeComparison compare(ProgrammeId id, int olderNumber, int newerNumber) {
        var older = programmes.findVersion(id, olderNumber)
                .orElseThrow(() -> new IllegalArgumentException("No version " + olderNumber + "."));
        var newer = programmes.findVersion(id, newerNumber)
                .orElseThrow(() -> new IllegalArgumentException("No version " + newerNumber + "."));
        return ProgrammeComparison.between(older, newer);
    }

    private TreatedProgramme current(ProgrammeId id, long expectedVersion) {
        var treated = loader.loadForChange(id);
        Versions.requireUnchanged("Programme", id.value(), expectedVersion, treated.programme().version());
        return treated;
    }

    private static boolean isPatient(TreatedProgramme treated) {
        return treated.actor().role() == Role.PATIENT;
    }
}
