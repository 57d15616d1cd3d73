package org.rehabrx.web.progression;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
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
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.web.programme.CautionCheck;
import org.rehabrx.web.programme.ProgrammeLoader;
import org.rehabrx.web.programme.TreatedProgramme;
import org.rehabrx.web.shared.Versions;
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
    private final Clock clock;

    ProgressionService(ProgrammeLoader loader, Programmes programmes, Exercises exercises, SessionLogs sessionLogs,
                       Proposals proposals, CautionCheck cautions, Clock clock) {
        this.loader = loader;
        this.programmes = programmes;
        this.exercises = exercises;
        this.sessionLogs = sessionLogs;
        this.proposals = proposals;
        this.cautions = cautions;
        this.clock = clock;
    }

    /**
     * Runs the engine over the active programme's logs. Proposals to decide on are kept (the same evaluation
     * twice keeps one); "not enough logs" results are returned for display only.
     */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Proposal> evaluate(ProgrammeId id) {
        var programme = loader.forTreatment(id).programme();
        if (programme.status() != ProgrammeStatus.ACTIVE) {
            throw new IllegalStateException("Only an active programme is evaluated.");
        }
        var ids = programme.content().exercises().stream().map(PrescribedExercise::exercise).toList();
        var library = exercises.findAllById(ids).stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        var evaluated = ProgressionEngine.evaluate(id, programmes.history(id), library, sessionLogs.forProgramme(id),
                programme.content().baselinePain());
        return evaluated.stream()
                .map(proposal -> proposal.kind() == ProposalKind.NOT_ENOUGH_LOGS ? proposal : proposals.save(proposal))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Proposal> pending(ProgrammeId id) {
        var programme = loader.forTreatment(id).programme();
        var newestPerExercise = new LinkedHashMap<ExerciseId, Proposal>();
        proposals.pendingFor(id).stream()
                .filter(proposal -> stillApplies(proposal, programme))
                .forEach(proposal -> newestPerExercise.putIfAbsent(proposal.exercise(), proposal));
        return List.copyOf(newestPerExercise.values());
    }

    /**
     * Accepts the proposal, with the clinician's own dosage when given; an accepted change of level or dosage
     * becomes the programme's next version.
     */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Programme accept(ProposalId id, long expectedVersion, @Nullable Dosage editedDosage) {
        var reviewed = reviewable(id, expectedVersion);
        var proposal = reviewed.proposal();
        var treated = reviewed.treated();
        var programme = treated.programme();
        if (!stillApplies(proposal, programme)) {
            throw new StaleProposalException();
        }
        var actor = treated.actor().accountId();
        var accepted = proposals.save(editedDosage == null
                ? proposal.accepted(actor, clock.instant())
                : proposal.acceptedWith(editedDosage, actor, clock.instant()));
        if (!accepted.changesPrescription() && editedDosage == null) {
            return programme;
        }
        var content = programme.content().withExerciseAt(accepted.exercise(), accepted.toLevel(),
                accepted.dosageToApply());
        return programmes.save(programme.changed(content, cautions.raisedBy(content, treated.patient()), actor,
                clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public Proposal reject(ProposalId id, long expectedVersion, String reason) {
        var reviewed = reviewable(id, expectedVersion);
        var actor = reviewed.treated().actor().accountId();
        return proposals.save(reviewed.proposal().rejected(reason, actor, clock.instant()));
    }

    private record Reviewable(Proposal proposal, TreatedProgramme treated) {
    }

    /** Access is checked before the version, so that nobody outside the care team learns a proposal exists. */
    private Reviewable reviewable(ProposalId id, long expectedVersion) {
        var proposal = proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("No such proposal."));
        var treated = loader.forChange(proposal.programme());
        Versions.requireUnchanged("Proposal", id.value(), expectedVersion, proposal.version());
        return new Reviewable(proposal, treated);
    }

    /** A proposal is stale once the exercise is prescribed otherwise; a version that leaves it alone changes nothing. */
    private static boolean stillApplies(Proposal proposal, Programme programme) {
        var prescribed = programme.content().prescribed(proposal.exercise());
        return programme.status() == ProgrammeStatus.ACTIVE && prescribed.isPresent()
                && prescribed.get().level() == proposal.fromLevel()
                && prescribed.get().dosage().equals(proposal.fromDosage());
    }
}
