package org.rehabrx.web.progression;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.progression.ProgressionEngine;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.rehabrx.web.programme.CautionCheck;
import org.rehabrx.web.programme.ProgrammeLoader;
import org.rehabrx.web.programme.TreatedProgramme;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.sessionlog.SessionLogged;
import org.rehabrx.web.shared.Versions;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProgressionService {

    private final ProgrammeLoader loader;
    private final Programmes programmes;
    private final Exercises exercises;
    private final SessionLogs sessionLogs;
    private final Proposals proposals;
    private final CautionCheck cautions;
    private final Patients patients;
    private final SignedInAccount signedIn;
    private final Clock clock;
    private final ClinicalMetrics metrics;

    ProgressionService(ProgrammeLoader loader, Programmes programmes, Exercises exercises, SessionLogs sessionLogs,
                       Proposals proposals, CautionCheck cautions, Patients patients, SignedInAccount signedIn,
                       Clock clock, ClinicalMetrics metrics) {
        this.loader = loader;
        this.programmes = programmes;
        this.exercises = exercises;
        this.sessionLogs = sessionLogs;
        this.proposals = proposals;
        this.cautions = cautions;
        this.patients = patients;
        this.signedIn = signedIn;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Runs the engine over the active programme's logs. Proposals to decide on are kept (the same evaluation
     * twice keeps one); "not enough logs" results are returned for display only.
     */
    @Transactional
    @Audited(value = AuditAction.PROGRESSION_EVALUATED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public List<Proposal> evaluate(ProgrammeId id) {
        var programme = loader.load(id).programme();
        if (programme.status() != ProgrammeStatus.ACTIVE) {
            throw new IllegalStateException("Only an active programme is evaluated.");
        }
        return evaluated(programme);
    }

    /**
     * New evidence is weighed at once, so that a proposal waits for the clinician without anyone asking for
     * it. The session log service has already checked who logged; evaluating adds nobody's data to anyone's.
     */
    @EventListener
    public void evaluateAfter(SessionLogged logged) {
        programmes.findById(logged.programme())
                .filter(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .ifPresent(this::evaluated);
    }

    private List<Proposal> evaluated(Programme programme) {
        var id = programme.id();
        var ids = programme.content().exercises().stream().map(PrescribedExercise::exercise).toList();
        var library = exercises.findAllById(ids).stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        var evaluated = ProgressionEngine.evaluate(id, programmes.history(id), library, sessionLogs.forProgramme(id),
                programme.content().baselinePain());
        return evaluated.stream()
                .map(proposal -> proposal.kind() == ProposalKind.NOT_ENOUGH_LOGS ? proposal : proposals.save(proposal))
                .toList();
    }

    /**
     * Evaluates the active programme of every active patient in the signed-in clinician's care.
     *
     * @return how many proposals now wait for a decision
     */
    @Transactional
    @Audited(AuditAction.PROGRESSION_EVALUATED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public int evaluateMyPatients() {
        int waiting = 0;
        for (var patient : myActivePatients()) {
            for (var programme : programmes.forPatient(patient.id())) {
                if (programme.status() == ProgrammeStatus.ACTIVE) {
                    evaluate(programme.id());
                    waiting += pendingOf(programme).size();
                }
            }
        }
        return waiting;
    }

    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROPOSALS_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public List<Proposal> pending(ProgrammeId id) {
        return pendingOf(loader.load(id).programme());
    }

    /** The pending proposals of every patient in the signed-in clinician's care, patient by patient. */
    @Transactional(readOnly = true)
    @Audited(AuditAction.PROPOSALS_VIEWED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<ProposalForReview> pendingOfMyPatients() {
        var reviews = new ArrayList<ProposalForReview>();
        for (var id : proposals.programmesWithPendingInCareOf(signedIn.require().accountId())) {
            var treated = loader.load(id);
            reviews.addAll(reviewsOf(treated.programme(), treated.patient()));
        }
        return List.copyOf(reviews);
    }

    /** The pending proposals of one programme, with what a clinician needs to decide on them. */
    @Transactional(readOnly = true)
    @Audited(value = AuditAction.PROPOSALS_VIEWED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsProgramme(#id)")
    public List<ProposalForReview> pendingReviews(ProgrammeId id) {
        var treated = loader.load(id);
        return reviewsOf(treated.programme(), treated.patient());
    }

    private List<Patient> myActivePatients() {
        return patients.inCareOf(signedIn.require().accountId()).stream().filter(Patient::isActive).toList();
    }

    private List<ProposalForReview> reviewsOf(Programme programme, Patient patient) {
        var pending = pendingOf(programme);
        if (pending.isEmpty()) {
            return List.of();
        }
        var library = exercises.findAllById(pending.stream().map(Proposal::exercise).toList()).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        var logs = sessionLogs.forProgramme(programme.id()).stream()
                .collect(Collectors.toMap(SessionLog::id, Function.identity()));
        return pending.stream().map(proposal -> {
            var exercise = library.get(proposal.exercise());
            var used = proposal.usedLogs().stream().map(logs::get).filter(java.util.Objects::nonNull).toList();
            return new ProposalForReview(proposal, patient.id(), patient.name(), patient.reference().value(),
                    exercise == null ? "" : exercise.name(), levelName(exercise, proposal.fromLevel()),
                    levelName(exercise, proposal.toLevel()), used);
        }).toList();
    }

    private static String levelName(@Nullable Exercise exercise, int level) {
        return exercise != null && exercise.hasLevel(level) ? exercise.level(level).name() : "";
    }

    private List<Proposal> pendingOf(Programme programme) {
        return Proposal.stillPending(proposals.pendingFor(programme.id()), programme);
    }

    /**
     * Accepts the proposal, with the clinician's own dosage when given; an accepted change of level or dosage
     * becomes the programme's next version.
     */
    @Transactional
    @Audited(value = AuditAction.PROPOSAL_ACCEPTED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatientOfProposal(#id)")
    public Programme accept(ProposalId id, long expectedVersion, @Nullable Dosage editedDosage) {
        var reviewed = reviewable(id, expectedVersion);
        var proposal = reviewed.proposal();
        var treated = reviewed.treated();
        var programme = treated.programme();
        if (!proposal.stillAppliesTo(programme)) {
            throw new StaleProposalException();
        }
        var actor = treated.actor().accountId();
        var accepted = proposals.save(editedDosage == null
                ? proposal.accepted(actor, clock.instant())
                : proposal.acceptedWith(editedDosage, actor, clock.instant()));
        metrics.proposalAccepted();
        if (!accepted.changesPrescription() && editedDosage == null) {
            return programme;
        }
        var content = programme.content().withExerciseAt(accepted.exercise(), accepted.toLevel(),
                accepted.dosageToApply());
        return programmes.save(programme.changed(content, cautions.raisedBy(content, treated.patient()), actor,
                clock.instant()));
    }

    @Transactional
    @Audited(value = AuditAction.PROPOSAL_REJECTED, subject = "#id")
    @PreAuthorize("hasRole('CLINICIAN') and @care.treatsPatientOfProposal(#id)")
    public Proposal reject(ProposalId id, long expectedVersion, String reason) {
        var reviewed = reviewable(id, expectedVersion);
        var actor = reviewed.treated().actor().accountId();
        var rejected = proposals.save(reviewed.proposal().rejected(reason, actor, clock.instant()));
        metrics.proposalRejected();
        return rejected;
    }

    private record Reviewable(Proposal proposal, TreatedProgramme treated) {
    }

    private Reviewable reviewable(ProposalId id, long expectedVersion) {
        var proposal = proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("No such proposal."));
        var treated = loader.loadForChange(proposal.programme());
        Versions.requireUnchanged("Proposal", id.value(), expectedVersion, proposal.version());
        return new Reviewable(proposal, treated);
    }
}
