package org.rehabrx.report.handout;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.shared.Text;

/**
 * Everything one printed handout shows, frozen at the moment it is requested, so that rendering needs
 * no database and can run on any thread.
 *
 * @param clinicName        printed in the header of every page and as the document's author
 * @param clinicianName     the prescribing clinician, printed in the header and the contact block
 * @param clinicianContact  how the patient reaches the clinician (phone, e-mail, opening hours); may be empty
 * @param version           the programme version being handed out
 * @param exercises         the library entries of the prescribed exercises, by id; every prescribed
 *                          exercise must be here, at a level it has
 * @param educationBlocks   the education blocks the programme includes, exactly those it refers to;
 *                          printed in the programme's order
 * @param printedOn         the date printed in the footer
 * @param largePrint        body text at 14 pt or more instead of 11 pt
 */
public record Handout(
        String clinicName,
        Patient patient,
        String clinicianName,
        String clinicianContact,
        ProgrammeVersion version,
        Map<ExerciseId, Exercise> exercises,
        List<EducationBlock> educationBlocks,
        LocalDate printedOn,
        boolean largePrint) {

    public Handout {
        clinicName = Text.required(clinicName, "the clinic name for the handout", 200);
        present(patient, "the patient");
        clinicianName = Text.required(clinicianName, "the prescribing clinician's name for the handout", 200);
        clinicianContact = Text.optional(clinicianContact, "the clinician's contact details", 500);
        present(version, "the programme version");
        present(exercises, "the prescribed exercises (an empty map when there are none)");
        present(educationBlocks, "the education blocks (an empty list when there are none)");
        present(printedOn, "the date printed");
        if (exercises.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)
                || educationBlocks.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("The handout's exercises and education blocks must not contain null.");
        }
        exercises = Map.copyOf(exercises);
        educationBlocks = List.copyOf(educationBlocks);
        exercises.forEach((id, exercise) -> {
            if (!id.equals(exercise.id())) {
                throw new IllegalArgumentException("The exercise \"" + exercise.name()
                        + "\" is filed under another exercise's id; key the map by each exercise's own id.");
            }
        });
        var content = version.content();
        for (PrescribedExercise prescribed : content.exercises()) {
            var exercise = exercises.get(prescribed.exercise());
            if (exercise == null) {
                throw new IllegalArgumentException("The handout lacks the library entry of prescribed exercise "
                        + prescribed.exercise().value() + "; pass every prescribed exercise.");
            }
            if (!exercise.hasLevel(prescribed.level())) {
                throw new IllegalArgumentException("\"" + exercise.name() + "\" is prescribed at level "
                        + prescribed.level() + " but has levels 1 to " + exercise.levelCount() + " only.");
            }
        }
        var given = new HashSet<EducationBlockId>();
        for (var block : educationBlocks) {
            if (!content.educationBlocks().contains(block.id())) {
                throw new IllegalArgumentException("The education block \"" + block.title()
                        + "\" is not part of this programme version.");
            }
            if (!given.add(block.id())) {
                throw new IllegalArgumentException("The education block \"" + block.title() + "\" is given twice.");
            }
        }
        if (given.size() != content.educationBlocks().size()) {
            throw new IllegalArgumentException("The handout lacks " + (content.educationBlocks().size() - given.size())
                    + " of the programme's education blocks; pass every block the programme includes.");
        }
    }

    private static void present(@Nullable Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("Give " + what + " for the handout.");
        }
    }

    public ProgrammeContent content() {
        return version.content();
    }

    /** The library entry of a prescribed exercise; present for every prescribed exercise. */
    public Exercise exerciseOf(PrescribedExercise prescribed) {
        return Objects.requireNonNull(exercises.get(prescribed.exercise()));
    }

    /** The education blocks in the order the programme lists them. */
    public List<EducationBlock> educationBlocksInOrder() {
        var order = content().educationBlocks();
        return educationBlocks.stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a.id()), order.indexOf(b.id())))
                .toList();
    }
}
