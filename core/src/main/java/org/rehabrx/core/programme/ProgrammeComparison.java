package org.rehabrx.core.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;

/**
 * What changed between two versions of a programme, for the clinician's "compare with previous" view.
 *
 * @param changedDetails names of the changed programme details: title, goal, start date, review date,
 *                       progression rules, baseline pain
 */
public record ProgrammeComparison(
        int olderNumber,
        int newerNumber,
        List<PrescribedExercise> addedExercises,
        List<PrescribedExercise> removedExercises,
        List<ExerciseChange> changedExercises,
        List<OrthoticNote> addedOrthoticNotes,
        List<OrthoticNote> removedOrthoticNotes,
        List<EducationBlockId> addedEducationBlocks,
        List<EducationBlockId> removedEducationBlocks,
        List<String> changedDetails) {

    /** The same exercise prescribed differently: another level, dosage or note. */
    public record ExerciseChange(ExerciseId exercise, PrescribedExercise before, PrescribedExercise after) {
    }

    public static ProgrammeComparison between(ProgrammeVersion older, ProgrammeVersion newer) {
        var before = older.content();
        var after = newer.content();
        var added = after.exercises().stream().filter(p -> before.prescribed(p.exercise()).isEmpty()).toList();
        var removed = before.exercises().stream().filter(p -> after.prescribed(p.exercise()).isEmpty()).toList();
        var changed = after.exercises().stream()
                .flatMap(p -> before.prescribed(p.exercise()).filter(old -> !old.equals(p)).stream()
                        .map(old -> new ExerciseChange(p.exercise(), old, p)))
                .toList();
        return new ProgrammeComparison(older.number(), newer.number(), added, removed, changed,
                minus(after.orthoticNotes(), before.orthoticNotes()),
                minus(before.orthoticNotes(), after.orthoticNotes()),
                minus(after.educationBlocks(), before.educationBlocks()),
                minus(before.educationBlocks(), after.educationBlocks()),
                changedDetails(before, after));
    }

    public boolean isEmpty() {
        return addedExercises.isEmpty() && removedExercises.isEmpty() && changedExercises.isEmpty()
                && addedOrthoticNotes.isEmpty() && removedOrthoticNotes.isEmpty()
                && addedEducationBlocks.isEmpty() && removedEducationBlocks.isEmpty() && changedDetails.isEmpty();
    }

    private static <T> List<T> minus(List<T> these, List<T> those) {
        return these.stream().filter(item -> !those.contains(item)).toList();
    }

    private static List<String> changedDetails(ProgrammeContent before, ProgrammeContent after) {
        var details = new ArrayList<String>();
        addIfChanged(details, "title", before.title(), after.title());
        addIfChanged(details, "goal", before.goal(), after.goal());
        addIfChanged(details, "start date", before.startDate(), after.startDate());
        addIfChanged(details, "review date", before.reviewDate(), after.reviewDate());
        addIfChanged(details, "progression rules", before.rules(), after.rules());
        addIfChanged(details, "baseline pain", before.baselinePain(), after.baselinePain());
        return List.copyOf(details);
    }

    private static void addIfChanged(List<String> details, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            details.add(name);
        }
    }
}
