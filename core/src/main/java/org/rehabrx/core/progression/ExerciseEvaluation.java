package org.rehabrx.core.progression;

import static org.rehabrx.core.progression.ReasonWording.clauses;
import static org.rehabrx.core.progression.ReasonWording.dates;
import static org.rehabrx.core.progression.ReasonWording.datesWithPains;
import static org.rehabrx.core.progression.ReasonWording.pain;
import static org.rehabrx.core.progression.ReasonWording.sessionsOn;
import static org.rehabrx.core.progression.ReasonWording.sessionsWithPainsOn;
import static org.rehabrx.core.progression.ReasonWording.wasOrWere;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;

/**
 * The pain-monitoring model applied to one prescribed exercise: step back, not enough logs, advance
 * or hold, decided in that order. The pain limits are the rules' own, lowered to the dosage's pain limit
 * where the clinician prescribed a stricter one.
 *
 * @param relevant the sessions logged under the current prescription of the exercise, one log per day,
 *                 newest first
 */
record ExerciseEvaluation(ProgrammeId programme, int programmeVersion, ProgressionRules rules,
                          PainScore baselinePain, PrescribedExercise prescribed, Exercise exercise,
                          List<SessionLog> relevant) {

    Proposal proposal() {
        return decidable().orElseGet(this::notEnoughLogs);
    }

    /** The proposal a clinician decides on, or empty while too few sessions are logged to judge. */
    Optional<Proposal> decidable() {
        var recent = relevant.subList(0, Math.min(rules.sessionsRequired(), relevant.size()));
        // Checked before counting sessions: one flare-up is reason enough, waiting for more would mean more pain.
        var flareUps = recent.stream().filter(this::flaredUp).toList();
        if (!flareUps.isEmpty()) {
            return Optional.of(stepBack(flareUps));
        }
        if (recent.size() < rules.sessionsRequired()) {
            return Optional.empty();
        }
        if (recent.stream().allMatch(this::tolerated)) {
            return Optional.of(advance(recent));
        }
        return Optional.of(hold(recent));
    }

    private Proposal stepBack(List<SessionLog> flareUps) {
        var why = new ArrayList<String>();
        var painfulDuring = only(flareUps, this::tooPainfulDuring);
        if (!painfulDuring.isEmpty()) {
            why.add(pain("pain during", painfulDuring, SessionLog::painDuring,
                    "above the limit of " + stepBackLimit() + "/10"));
        }
        var worseNextMorning = only(flareUps, this::worseNextMorning);
        if (!worseNextMorning.isEmpty()) {
            why.add(pain("pain the morning after", worseNextMorning, SessionLog::painNextMorning,
                    "worse than the baseline of " + baselinePain));
        }
        var evidence = clauses(why);
        int level = prescribed.level();
        if (level > 1) {
            return propose(ProposalKind.STEP_BACK, level - 1, defaultDosageAt(level - 1),
                    evidence + ": step back to level " + (level - 1) + ".", flareUps);
        }
        var measure = DosageMeasure.of(dosage());
        var reduced = measure.reduced(dosage(), rules);
        var howFar = reduced.equals(dosage())
                ? ": step back, but level 1 is the easiest level and " + measure.alreadyAt(measure.amountOf(dosage()))
                        + ", so the dosage stays as it is."
                : ": step back within level 1, the easiest level, by reducing " + measure.change(dosage(), reduced)
                        + ".";
        return propose(ProposalKind.STEP_BACK, 1, reduced, evidence + howFar, flareUps);
    }

    private Proposal notEnoughLogs() {
        int level = prescribed.level();
        var reason = relevant.isEmpty()
                ? "No sessions logged yet at level " + level + " — keep going and log each session."
                : "Only " + relevant.size() + " of " + rules.sessionsRequired() + " sessions logged at level "
                        + level + " (" + dates(relevant) + ") — keep going and log each session.";
        return propose(ProposalKind.NOT_ENOUGH_LOGS, level, dosage(), reason, relevant);
    }

    private Proposal advance(List<SessionLog> recent) {
        int level = prescribed.level();
        var evidence = (recent.size() == 1 ? "The last session at level " + level + " was"
                : "The last " + recent.size() + " sessions at level " + level + " were")
                + " completed with pain during of at most " + advanceLimit()
                + "/10 and next-morning pain no worse than the baseline of " + baselinePain + ": "
                + datesWithPains(recent);
        if (exercise.hasLevel(level + 1)) {
            return propose(ProposalKind.ADVANCE, level + 1, defaultDosageAt(level + 1),
                    evidence + ". Advance to level " + (level + 1) + ".", recent);
        }
        var measure = DosageMeasure.of(dosage());
        if (measure.isAtCap(dosage(), rules)) {
            return propose(ProposalKind.HOLD, level, dosage(), evidence + ". Level " + level
                    + " is the top level and " + measure.reachedCap(rules) + ": hold at level " + level
                    + " with the same dosage.", recent);
        }
        var raised = measure.raised(dosage(), rules);
        return propose(ProposalKind.ADVANCE, level, raised, evidence + ". Level " + level
                + " is the top level, so advance the dosage by raising " + measure.change(dosage(), raised) + ".",
                recent);
    }

    private Proposal hold(List<SessionLog> recent) {
        var why = new ArrayList<String>();
        var incomplete = only(recent, log -> !log.completed());
        if (!incomplete.isEmpty()) {
            why.add(sessionsOn(incomplete) + " " + wasOrWere(incomplete) + " not completed");
        }
        var uncomfortable = only(recent, log -> log.painDuring() != null && !comfortable(log));
        if (!uncomfortable.isEmpty()) {
            why.add(pain("pain during", uncomfortable, SessionLog::painDuring,
                    "acceptable but above the " + advanceLimit() + "/10 an advance allows"));
        }
        var morningUnknown = only(recent, log -> log.painNextMorning() == null);
        if (!morningUnknown.isEmpty()) {
            why.add("next-morning pain after " + sessionsOn(morningUnknown) + " is not logged yet");
        }
        var tolerated = only(recent, this::tolerated);
        if (!tolerated.isEmpty()) {
            why.add(sessionsWithPainsOn(tolerated) + " went well");
        }
        int level = prescribed.level();
        return propose(ProposalKind.HOLD, level, dosage(),
                "Hold at level " + level + " with the same dosage: " + String.join("; ", why) + ".", recent);
    }

    private boolean flaredUp(SessionLog log) {
        return tooPainfulDuring(log) || worseNextMorning(log);
    }

    private boolean tooPainfulDuring(SessionLog log) {
        var pain = log.painDuring();
        return pain != null && !pain.isAtMost(stepBackLimit());
    }

    private boolean worseNextMorning(SessionLog log) {
        var pain = log.painNextMorning();
        return pain != null && pain.isAbove(baselinePain);
    }

    /** A worse morning has already led to a step back, so here a known morning is enough. */
    private boolean tolerated(SessionLog log) {
        return log.completed() && comfortable(log) && log.painNextMorning() != null;
    }

    private boolean comfortable(SessionLog log) {
        var pain = log.painDuring();
        return pain != null && pain.isAtMost(advanceLimit());
    }

    /** The highest pain during that is acceptable; above it, step back. */
    private int stepBackLimit() {
        return Math.min(rules.holdMaxPain(), dosage().painLimit().value());
    }

    /** The highest pain during that still allows an advance. */
    private int advanceLimit() {
        return Math.min(rules.advanceMaxPain(), dosage().painLimit().value());
    }

    private Dosage dosage() {
        return prescribed.dosage();
    }

    /** The level's own dosage, on the side the clinician prescribed. */
    private Dosage defaultDosageAt(int level) {
        return exercise.level(level).defaultDosage().withSide(dosage().side());
    }

    private Proposal propose(ProposalKind kind, int toLevel, Dosage toDosage, String reason, List<SessionLog> used) {
        return Proposal.suggest(programme, programmeVersion, prescribed.exercise(), kind, prescribed.level(),
                dosage(), toLevel, toDosage, reason, used.stream().map(SessionLog::id).toList());
    }

    private static List<SessionLog> only(List<SessionLog> logs, Predicate<SessionLog> test) {
        return logs.stream().filter(test).toList();
    }
}
