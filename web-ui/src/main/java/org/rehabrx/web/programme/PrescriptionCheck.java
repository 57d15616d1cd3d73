package org.rehabrx.web.programme;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.springframework.stereotype.Component;

/**
 * What a screen sends is checked against the library before it is stored: a clinician prescribes only
 * exercises they may use (shipped, their own, or already in the programme when a colleague added them),
 * at levels those exercises have, with education blocks that exist.
 */
@Component
class PrescriptionCheck {

    private final Exercises exercises;
    private final EducationBlocks educationBlocks;

    PrescriptionCheck(Exercises exercises, EducationBlocks educationBlocks) {
        this.exercises = exercises;
        this.educationBlocks = educationBlocks;
    }

    /** @throws IllegalArgumentException with a message for the clinician */
    void requirePrescribable(ProgrammeContent content, ProgrammeContent stored, AccountId clinician) {
        var ids = content.exercises().stream().map(PrescribedExercise::exercise).toList();
        var library = exercises.findAllById(ids).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        var alreadyPrescribed = new HashSet<>(stored.exercises().stream().map(PrescribedExercise::exercise).toList());
        for (var prescribed : content.exercises()) {
            var exercise = library.get(prescribed.exercise());
            if (exercise == null || !(mayUse(exercise, clinician) || alreadyPrescribed.contains(exercise.id()))) {
                throw new IllegalArgumentException("An exercise of this programme is not in your library.");
            }
            if (!exercise.hasLevel(prescribed.level())) {
                throw new IllegalArgumentException(exercise.name() + " has levels 1 to " + exercise.levelCount()
                        + "; choose one of them.");
            }
        }
        requireExisting(content.educationBlocks());
    }

    private static boolean mayUse(Exercise exercise, AccountId clinician) {
        return exercise.isShipped() || clinician.equals(exercise.author());
    }

    private void requireExisting(List<EducationBlockId> blocks) {
        var found = educationBlocks.findAllById(blocks).stream().map(EducationBlock::id).collect(Collectors.toSet());
        if (!found.containsAll(blocks)) {
            throw new IllegalArgumentException("An education block of this programme no longer exists.");
        }
    }
}
