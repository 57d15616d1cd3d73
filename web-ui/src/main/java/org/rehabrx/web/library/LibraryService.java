package org.rehabrx.web.library;

import java.util.List;
import java.util.Optional;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.template.Template;
import org.rehabrx.core.template.Templates;
import org.rehabrx.report.handout.ExerciseDrawings;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.security.SignedInAccount;
import org.rehabrx.web.shared.Versions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise library of the signed-in clinician: the shipped exercises and their own. Another clinician's own
 * exercise is refused by method security exactly as one that does not exist, so nobody learns what others wrote.
 */
@Service
public class LibraryService {

    private final Exercises exercises;
    private final ExerciseImages images;
    private final EducationBlocks educationBlocks;
    private final Templates templates;
    private final SignedInAccount signedIn;

    LibraryService(Exercises exercises, ExerciseImages images, EducationBlocks educationBlocks, Templates templates,
                   SignedInAccount signedIn) {
        this.exercises = exercises;
        this.images = images;
        this.educationBlocks = educationBlocks;
        this.templates = templates;
        this.signedIn = signedIn;
    }

    /** The shipped exercises and the signed-in clinician's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Exercise> exercises() {
        return exercises.availableTo(signedIn.require().accountId());
    }

    /** One exercise of the clinician's library: a shipped one or their own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public Exercise exercise(ExerciseId id) {
        return found(id);
    }

    /** The clinician's own picture of a position, when one was uploaded; shipped exercises have none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public Optional<ExerciseImage> picture(ExerciseId id, ImagePosition position) {
        return images.find(id, position);
    }

    /**
     * The standard line drawing of a position as an SVG picture, the same drawing the handout prints when there
     * is no picture of the clinician's own: a shipped exercise's, which its clones keep.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public Optional<String> standardDrawing(ExerciseId id, ImagePosition position) {
        return found(id).drawingKey(exercises::findById).flatMap(key -> ExerciseDrawings.svg(key, position));
    }

    @Transactional
    @Audited(AuditAction.LIBRARY_CHANGED)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public Exercise cloneExercise(ExerciseId id) {
        return exercises.save(found(id).clonedFor(signedIn.require().accountId()));
    }

    @Transactional
    @Audited(AuditAction.LIBRARY_CHANGED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public Exercise writeExercise(ExerciseDescription description) {
        return exercises.save(Exercise.writtenBy(signedIn.require().accountId(), description));
    }

    @Transactional
    @Audited(AuditAction.LIBRARY_CHANGED)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public Exercise reviseExercise(ExerciseId id, long expectedVersion, ExerciseDescription description) {
        var exercise = found(id);
        var revised = exercise.revisedBy(signedIn.require().accountId(), description);
        Versions.requireUnchanged("Exercise", id.value(), expectedVersion, exercise.version());
        return exercises.save(revised);
    }

    /**
     * Stores the clinician's own picture of a position of their own exercise; it replaces the drawing on the
     * handout. A shipped exercise is cloned first, so that the shipped library stays as shipped.
     *
     * @throws ImageUploadRefusedException when the file cannot be used, with a message for the clinician
     */
    @Transactional
    @Audited(AuditAction.LIBRARY_CHANGED)
    @PreAuthorize("hasRole('CLINICIAN') and @library.contains(#id)")
    public void storePicture(ExerciseId id, ImagePosition position, byte[] content, String mediaType) {
        if (found(id).isShipped()) {
            throw new IllegalStateException(
                    "Shipped exercises keep their drawings; clone the exercise to use your own pictures.");
        }
        images.store(id, position, UploadedPicture.checked(content, mediaType));
    }

    private Exercise found(ExerciseId id) {
        return exercises.findById(id).orElseThrow(() -> new IllegalArgumentException("No such exercise in your library."));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<EducationBlock> educationBlocks() {
        return educationBlocks.findAll();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Template> templates() {
        return templates.findAll();
    }
}
