package org.rehabrx.web.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rehabrx.core.account.Role;
import org.rehabrx.core.exercise.ExerciseId;
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
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.Templates;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProgrammeService {

    private final Programmes programmes;
    private final Patients patients;
    private final Templates templates;
    private final ProgrammeLoader loader;
    private final CautionCheck cautions;
    private final PrescriptionCheck prescriptions;
    private final SignedInAccount signedIn;
    private final Clock clock;

    ProgrammeService(Programmes programmes, Patients patients, Templates templates, ProgrammeLoader loader,
                     CautionCheck cautions, PrescriptionCheck prescriptions, SignedInAccount signedIn, Clock clock) {
        this.programmes = programmes;
        this.patients = patients;
        this.templates = templates;
        this.loader = loader;
        this.cautions = cautions;
        this.prescriptions = prescriptions;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** A DRAFT programme for the patient, filled from the template for the clinician to tailor. */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Programme startFromTemplate(PatientId patientId, TemplateId templateId, LocalDate startDate,
                                       LocalDate reviewDate, PainScore baselinePain) {
        var patient = loader.treatedPatient(patientId);
        var template = templates.findById(templateId)
                .orElseThrow(() -> new IllegalArgumentException("No such template."));
        var content = template.toContent(startDate, reviewDate, baselinePain, patient.condition().side());
        return programmes.save(Programme.draft(patient.id(), signedIn.require().accountId(), content,
                clock.instant()));
    }

    /** A patient sees what was handed over to them, never a clinician's draft. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public Programme find(ProgrammeId id) {
        var treated = loader.forTreatmentOrSelf(id);
        if (isPatient(treated) && treated.programme().status() == ProgrammeStatus.DRAFT) {
            throw new NoSuchProgrammeException(id);
        }
        return treated.programme();
    }

    /** The signed-in patient's own programmes, newest first, without drafts. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PATIENT')")
    public List<Programme> myProgrammes() {
        return patients.findByAccount(signedIn.require().accountId())
                .map(patient -> programmes.forPatient(patient.id()).stream()
                        .filter(programme -> programme.status() != ProgrammeStatus.DRAFT)
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Caution> cautionsOf(ProgrammeId id, ProgrammeContent content) {
        return cautions.raisedBy(content, loader.forTreatment(id).patient());
    }

    /**
     * A DRAFT is edited in place; saving an ACTIVE programme creates its next version. Caution
     * acknowledgements are kept as stored: they are added only through {@link #acknowledgeCaution}, which
     * records who acknowledged and when.
     */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
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
    @PreAuthorize("hasRole('CLINICIAN')")
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

    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Programme activate(ProgrammeId id, long expectedVersion) {
        var treated = current(id, expectedVersion);
        var raised = cautions.raisedBy(treated.programme().content(), treated.patient());
        return programmes.save(treated.programme().activated(raised, treated.actor().accountId(), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Programme complete(ProgrammeId id, long expectedVersion) {
        return programmes.save(current(id, expectedVersion).programme().completed());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public List<ProgrammeVersion> history(ProgrammeId id) {
        var treated = loader.forTreatmentOrSelf(id);
        return programmes.history(id).stream()
                .filter(version -> !isPatient(treated) || version.status() != ProgrammeStatus.DRAFT)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public ProgrammeComparison compare(ProgrammeId id, int olderNumber, int newerNumber) {
        loader.forTreatment(id);
        var older = programmes.findVersion(id, olderNumber)
                .orElseThrow(() -> new IllegalArgumentException("No version " + olderNumber + "."));
        var newer = programmes.findVersion(id, newerNumber)
                .orElseThrow(() -> new IllegalArgumentException("No version " + newerNumber + "."));
        return ProgrammeComparison.between(older, newer);
    }

    private TreatedProgramme current(ProgrammeId id, long expectedVersion) {
        var treated = loader.forChange(id);
        Versions.requireUnchanged("Programme", id.value(), expectedVersion, treated.programme().version());
        return treated;
    }

    private static boolean isPatient(TreatedProgramme treated) {
        return treated.actor().role() == Role.PATIENT;
    }
}
