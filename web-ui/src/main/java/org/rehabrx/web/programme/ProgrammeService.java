package org.rehabrx.web.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeComparison;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
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
    private final Templates templates;
    private final ProgrammeLoader loader;
    private final CautionCheck cautions;
    private final SignedInAccount signedIn;
    private final Clock clock;

    ProgrammeService(Programmes programmes, Templates templates, ProgrammeLoader loader, CautionCheck cautions,
                     SignedInAccount signedIn, Clock clock) {
        this.programmes = programmes;
        this.templates = templates;
        this.loader = loader;
        this.cautions = cautions;
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
        var content = template.toContent(startDate, reviewDate, baselinePain);
        return programmes.save(Programme.draft(patient.id(), signedIn.require().accountId(), content,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
    public Programme find(ProgrammeId id) {
        return loader.forTreatmentOrSelf(id).programme();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Caution> cautionsOf(ProgrammeId id, ProgrammeContent content) {
        return cautions.raisedBy(content, loader.forTreatment(id).patient());
    }

    /** A DRAFT is edited in place; saving an ACTIVE programme creates its next version. */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Programme saveChanges(ProgrammeId id, long expectedVersion, ProgrammeContent content) {
        var treated = current(id, expectedVersion);
        var raised = cautions.raisedBy(content, treated.patient());
        return programmes.save(treated.programme().changed(content, raised, treated.actor().accountId(),
                clock.instant()));
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
        loader.forTreatmentOrSelf(id);
        return programmes.history(id);
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
        var treated = loader.forTreatment(id);
        Versions.requireUnchanged("Programme", id.value(), expectedVersion, treated.programme().version());
        return treated;
    }
}
