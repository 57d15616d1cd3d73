package org.rehabrx.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Text;

/**
 * Everything a clinician prescribes in one version of a programme.
 *
 * @param exercises       in the order the patient does them; each exercise at most once
 * @param baselinePain    the patient's usual morning pain when the programme starts, against which
 *                        next-morning pain is judged
 * @param acknowledgements the cautions the clinician has acknowledged, with reasons
 */
public record ProgrammeContent(
        String title,
        String goal,
        LocalDate startDate,
        LocalDate reviewDate,
        List<PrescribedExercise> exercises,
        List<OrthoticNote> orthoticNotes,
        List<EducationBlockId> educationBlocks,
        ProgressionRules rules,
        PainScore baselinePain,
        List<CautionAcknowledgement> acknowledgements) {

    public ProgrammeContent {
        title = Text.required(title, "a title", 200);
        goal = Text.optional(goal, "the goal", 1000);
        Objects.requireNonNull(startDate, "start date");
        Objects.requireNonNull(reviewDate, "review date");
        if (!reviewDate.isAfter(startDate)) {
            throw new IllegalArgumentException("The review date must be after the start date.");
        }
        exercises = List.copyOf(exercises);
        var seen = new HashSet<ExerciseId>();
        for (var prescribed : exercises) {
            if (!seen.add(prescribed.exercise())) {
                throw new IllegalArgumentException("Each exercise can be prescribed only once in a programme.");
            }
        }
        orthoticNotes = List.copyOf(orthoticNotes);
        educationBlocks = List.copyOf(new LinkedHashSet<>(educationBlocks));
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(baselinePain, "baseline pain");
        acknowledgements = List.copyOf(acknowledgements);
    }

    public Optional<PrescribedExercise> prescribed(ExerciseId exercise) {
        return exercises.stream().filter(p -> p.exercise().equals(exercise)).findFirst();
    }

    /** The cautions among those given that no acknowledgement covers. */
    public List<Caution> unacknowledged(List<Caution> cautions) {
        return cautions.stream()
                .filter(caution -> acknowledgements.stream().noneMatch(ack -> ack.covers(caution)))
                .toList();
    }

    /** The same content with exactly the given acknowledgements. */
    public ProgrammeContent withAcknowledgements(List<CautionAcknowledgement> newAcknowledgements) {
        return new ProgrammeContent(title, goal, startDate, reviewDate, exercises, orthoticNotes, educationBlocks,
                rules, baselinePain, newAcknowledgements);
    }

    /** The same content with one more caution acknowledged; a new acknowledgement replaces an older one. */
    public ProgrammeContent withAcknowledgement(CautionAcknowledgement acknowledgement) {
        var kept = new ArrayList<CautionAcknowledgement>();
        for (var existing : acknowledgements) {
            if (!(existing.exercise().equals(acknowledgement.exercise()) && existing.flag() == acknowledgement.flag())) {
                kept.add(existing);
            }
        }
        kept.add(acknowledgement);
        return new ProgrammeContent(title, goal, startDate, reviewDate, exercises, orthoticNotes, educationBlocks,
                rules, baselinePain, kept);
    }

    /** The same content with one prescribed exercise moved to another level and dosage. */
    public ProgrammeContent withExerciseAt(ExerciseId exercise, int level, Dosage dosage) {
        var changed = new ArrayList<PrescribedExercise>();
        boolean found = false;
        for (var prescribed : exercises) {
            if (prescribed.exercise().equals(exercise)) {
                changed.add(prescribed.at(level, dosage));
                found = true;
            } else {
                changed.add(prescribed);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("The exercise is not part of this programme.");
        }
        return new ProgrammeContent(title, goal, startDate, reviewDate, changed, orthoticNotes, educationBlocks,
                rules, baselinePain, acknowledgements);
    }
}
