package org.rehabrx.web.handout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.report.handout.Handout;
import org.rehabrx.report.handout.HandoutRenderer;
import org.rehabrx.report.handout.Illustrations;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.rehabrx.web.programme.NoSuchProgrammeException;
import org.rehabrx.web.programme.ProgrammeLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDF of a programme's current version, for its care team and, once handed over, for the patient. The
 * shipped exercises and education blocks read in the patient's preferred language where the library has a
 * translation into it, else as stored; a clinician's own exercise reads as its author wrote it.
 */
@Service
public class HandoutService {

    private final ProgrammeLoader loader;
    private final Exercises exercises;
    private final ExerciseImages images;
    private final EducationBlocks educationBlocks;
    private final Accounts accounts;
    private final HandoutRenderer renderer;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ClinicalMetrics metrics;
    private final String clinicName;
    private final String clinicContact;

    HandoutService(ProgrammeLoader loader, Exercises exercises, ExerciseImages images, EducationBlocks educationBlocks,
                   Accounts accounts, HandoutRenderer renderer, TransactionTemplate transaction, Clock clock,
                   ClinicalMetrics metrics,
                   @Value("${rehabrx.clinic.name:RehabRx}") String clinicName,
                   @Value("${rehabrx.clinic.contact:}") String clinicContact) {
        this.loader = loader;
        this.exercises = exercises;
        this.images = images;
        this.educationBlocks = educationBlocks;
        this.accounts = accounts;
        this.renderer = renderer;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.metrics = metrics;
        this.clinicName = clinicName;
        this.clinicContact = clinicContact;
    }

    /**
     * The handout with a file name for the browser, such as {@code home-programme-v3-2026-11-26.pdf}: the
     * version and the date it was printed, never the patient's name. Renders outside the read transaction, so
     * that no database connection waits for the layout.
     */
    @Audited(value = AuditAction.HANDOUT_DOWNLOADED, subject = "#id")
    @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT') and @care.treatsOrIsPatientOfProgramme(#id)")
    public HandoutFile download(ProgrammeId id, boolean largePrint) {
        var snapshot = readOnly.execute(status -> snapshot(id, largePrint));
        var content = rendered(snapshot);
        var fileName = "home-programme-v" + snapshot.handout().version().number() + "-" + LocalDate.now(clock)
                + (largePrint ? "-large-print" : "") + ".pdf";
        return new HandoutFile(fileName, content);
    }

    /** A rendered handout and the name it is saved under. */
    public record HandoutFile(String fileName, byte[] content) {
    }

    private byte[] rendered(Snapshot snapshot) {
        return metrics.renderHandout(() -> renderer.render(snapshot.handout(),
                Illustrations.of(snapshot.pictures(), snapshot.drawingKeys())));
    }

    /** What the handout shows, read in one transaction: clones bring the drawings of their shipped original. */
    private record Snapshot(Handout handout, Map<ExerciseId, Map<ImagePosition, ExerciseImage>> pictures,
                            Map<ExerciseId, String> drawingKeys) {
    }

    private Snapshot snapshot(ProgrammeId id, boolean largePrint) {
        var treated = loader.load(id);
        var programme = treated.programme();
        if (treated.actor().role() == Role.PATIENT && programme.status() == ProgrammeStatus.DRAFT) {
            throw new NoSuchProgrammeException(id);
        }
        var content = programme.content();
        var language = treated.patient().preferredLanguage();
        var ids = content.exercises().stream().map(PrescribedExercise::exercise).toList();
        Map<ExerciseId, Exercise> withOriginals = exercises.findAllWithOriginals(ids).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        Map<ExerciseId, Exercise> library = ids.stream().distinct().map(withOriginals::get).filter(Objects::nonNull)
                .map(exercise -> exercise.in(language))
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        var blocks = educationBlocks.findAllById(content.educationBlocks()).stream()
                .map(block -> block.in(language))
                .collect(Collectors.toMap(EducationBlock::id, Function.identity()));
        var prescriber = accounts.findById(programme.prescriber())
                .orElseThrow(() -> new IllegalStateException("The prescribing clinician's account is missing"));
        var handout = new Handout(clinicName, treated.patient(), prescriber.displayName(), clinicContact,
                programme.current(), library, content.educationBlocks().stream().map(blocks::get).toList(),
                LocalDate.now(clock), largePrint);
        var drawingKeys = new HashMap<ExerciseId, String>();
        library.values().forEach(exercise -> exercise
                .drawingKey(original -> Optional.ofNullable(withOriginals.get(original)))
                .ifPresent(key -> drawingKeys.put(exercise.id(), key)));
        return new Snapshot(handout, images.findAll(ids), drawingKeys);
    }

}
