package org.rehabrx.web.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.ProgrammeId;

/**
 * What the signed-in patient sees of their programme, already in their language.
 *
 * @param language  the patient's preferred language, which the screens speak where they can
 * @param programme the active programme's current version; empty while nothing is prescribed
 */
public record MyProgramme(Locale language, Optional<Shown> programme) {

    /** The current version of the active programme, ready to read. */
    public record Shown(ProgrammeId id, int versionNumber, String title, String goal, LocalDate reviewDate,
                        List<ExerciseCard> exercises, List<OrthoticNote> orthoticNotes,
                        List<EducationBlock> education, Optional<ProgrammeChange> change) {
    }

    /**
     * One prescribed exercise as the patient does it.
     *
     * @param levelName         what the prescribed level means, e.g. "Seated"
     * @param levelInstructions what changes at this level compared with the general steps
     * @param dosage            the dosage as a sentence in the patient's language
     */
    public record ExerciseCard(ExerciseId exercise, String name, int level, String levelName,
                               String levelInstructions, List<String> steps, List<String> cues,
                               List<String> precautions, String dosage, String clinicianNote,
                               List<Illustration> illustrations) {
    }

    /**
     * The picture of one position: the clinician's upload when there is one, else the standard drawing
     * (SVG made by the report module from numbers only).
     */
    public record Illustration(ImagePosition position, @Nullable ExerciseImage picture, @Nullable String drawingSvg) {
    }

    /**
     * What is new since the version the patient last acknowledged, in the patient's language.
     *
     * @param since          the day the current version was made
     * @param detailsChanged the title, goal or dates changed
     */
    public record ProgrammeChange(int seenNumber, int currentNumber, LocalDate since, List<String> addedExercises,
                                  List<String> removedExercises, List<String> changedExercises,
                                  boolean orthoticNotesChanged, boolean educationChanged,
                                  boolean detailsChanged) {
    }
}
