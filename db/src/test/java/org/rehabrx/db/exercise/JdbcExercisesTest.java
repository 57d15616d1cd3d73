package org.rehabrx.db.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.LevelTranslation;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ConcurrentSaves;
import org.springframework.dao.DataIntegrityViolationException;

class JdbcExercisesTest {

    private static ClinicalFixtures db;
    private final JdbcExercises exercises = new JdbcExercises(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void toeCurlsWithThreeLevelsAndTheirDefaultDosagesRoundTrip() {
        var toeCurls = db.toeCurls();

        var saved = exercises.save(toeCurls);

        assertThat(saved.version()).isEqualTo(1);
        var found = exercises.findById(toeCurls.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.description().levels()).extracting(Level::name)
                .containsExactly("Seated", "Standing", "Weighted towel");
        assertThat(found.level(1).defaultDosage()).isEqualTo(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PainScore.of(3)));
        assertThat(found.level(3).defaultDosage().load()).isEqualTo(new Load(new BigDecimal("0.5"), LoadUnit.KG));
        assertThat(found.description().steps()).hasSize(3).first().asString().startsWith("Lay the towel");
        assertThat(found.description().purposes())
                .containsExactlyInAnyOrder(ExercisePurpose.INTRINSIC_FOOT_STRENGTH, ExercisePurpose.TRANSVERSE_ARCH);
        assertThat(exercises.findByKey(toeCurls.key())).contains(saved);
    }

    @Test
    void aShippedExercisesSpanishTextRoundTripsAndANewEditionReplacesIt() {
        var es = Locale.of("es");
        var spanish = new ExerciseTranslation("Flexión de los dedos", List.of("Una toalla pequeña"),
                List.of("Extienda la toalla en el suelo.", "Doble los dedos para arrastrarla."),
                List.of("El talón se queda abajo."), List.of(),
                List.of(new LevelTranslation("Sentado", "Siéntese en una silla."), new LevelTranslation("De pie", ""),
                        new LevelTranslation("Con peso", "Ponga un peso ligero en la toalla.")));
        var toeCurls = db.toeCurls();
        var shipped = new Exercise(toeCurls.id(), "translated-" + toeCurls.id().value(), toeCurls.description(),
                toeCurls.origin(), toeCurls.author(), toeCurls.basedOn(), 0, ContentTranslations.of(es, spanish));

        var saved = exercises.save(shipped);

        var found = exercises.findById(shipped.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.translations().in(Locale.forLanguageTag("es-MX"))).contains(spanish);
        assertThat(found.in(es).level(2).name()).isEqualTo("De pie");
        assertThat(found.in(es).level(2).defaultDosage()).isEqualTo(found.level(2).defaultDosage());
        assertThat(found.in(Locale.ENGLISH)).isEqualTo(found);

        var renamed = new ExerciseTranslation("Flexión de los dedos con toalla", spanish.equipment(), spanish.steps(),
                spanish.cues(), spanish.precautions(), spanish.levels());
        var resaved = exercises.save(found.withShippedContent(found.description(),
                ContentTranslations.of(es, renamed)));

        assertThat(exercises.findById(shipped.id()).orElseThrow()).isEqualTo(resaved);
        assertThat(resaved.descriptionIn(es).name()).isEqualTo("Flexión de los dedos con toalla");
        assertThat(db.rows("exercise_translation", "exercise_id = ?", shipped.id().value())).isEqualTo(1);
    }

    @Test
    void aWarmFootSoakKeepsItsCautionFlagsAndDurationDosage() {
        var saved = exercises.save(db.warmFootSoak());

        var found = exercises.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.description().cautionFlags())
                .containsExactlyInAnyOrder(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM);
        assertThat(found.level(1).defaultDosage().durationMinutes()).isEqualTo(10);
        assertThat(found.level(1).instructions()).isEmpty();
    }

    @Test
    void aCloneKeepsItsAuthorAndTheExerciseItWasBasedOn() {
        var clinician = db.clinician("maria.lopez");
        var shipped = exercises.save(db.toeCurls());

        var clone = exercises.save(shipped.clonedFor(clinician));

        var found = exercises.findById(clone.id()).orElseThrow();
        assertThat(found).isEqualTo(clone);
        assertThat(found.author()).isEqualTo(clinician);
        assertThat(found.basedOn()).isEqualTo(shipped.id());
        assertThat(found.key()).isNull();
        assertThat(found.name()).isEqualTo("Toe curls (copy)");
    }

    @Test
    void aCloneOfACloneComesWithEveryExerciseItWasCopiedFromAfterTheOnesAskedFor() {
        var clinician = db.clinician("maria.lopez");
        var shipped = exercises.save(db.toeCurls());
        var clone = exercises.save(shipped.clonedFor(clinician));
        var cloneOfClone = exercises.save(clone.clonedFor(clinician));
        var soak = exercises.save(db.warmFootSoak());

        var found = exercises.findAllWithOriginals(List.of(cloneOfClone.id(), soak.id()));

        assertThat(found).extracting(Exercise::id)
                .containsExactly(cloneOfClone.id(), soak.id(), clone.id(), shipped.id());
        assertThat(cloneOfClone.drawingKey(id -> found.stream().filter(e -> e.id().equals(id)).findFirst()))
                .isEqualTo(shipped.drawingKey(exercises::findById)).isPresent();
        assertThat(exercises.findAllWithOriginals(List.of())).isEmpty();
    }

    @Test
    void anUnknownExerciseIsNotFound() {
        assertThat(exercises.findById(ExerciseId.newId())).isEmpty();
        assertThat(exercises.findByKey("no-such-exercise")).isEmpty();
        assertThat(exercises.findAllById(List.of())).isEmpty();
    }

    @Test
    void manyExercisesAreFoundByIdInTheOrderAskedWithTheirLevels() {
        var toeCurls = exercises.save(db.toeCurls());
        var soak = exercises.save(db.warmFootSoak());
        var shortFoot = exercises.save(db.shortFoot());

        var found = exercises.findAllById(List.of(shortFoot.id(), ExerciseId.newId(), toeCurls.id(), soak.id()));

        assertThat(found).containsExactly(shortFoot, toeCurls, soak);
        assertThat(found).extracting(Exercise::levelCount).containsExactly(2, 3, 1);
    }

    @Test
    void aClinicianSeesTheShippedExercisesAndTheirOwnButNotAColleaguesOwn() {
        var maria = db.clinician("maria.lopez");
        var sam = db.clinician("sam.okafor");
        var toeCurls = exercises.save(db.toeCurls());
        var soak = exercises.save(db.warmFootSoak());
        var mariasMarbles = exercises.save(db.marblePickUp(maria));
        var samsMarbles = exercises.save(db.marblePickUp(sam));

        var available = exercises.availableTo(maria);

        assertThat(available).containsSubsequence(mariasMarbles, toeCurls).contains(soak).doesNotContain(samsMarbles);
        assertThat(available).allSatisfy(exercise ->
                assertThat(exercise.isShipped() || maria.equals(exercise.author())).isTrue());
        assertThat(exercises.availableTo(sam)).contains(samsMarbles, toeCurls, soak).doesNotContain(mariasMarbles);
    }

    @Test
    void theAuthorsRevisionReplacesTheLevelsUnderTheNextVersion() {
        var maria = db.clinician("maria.lopez");
        var saved = exercises.save(exercises.save(db.toeCurls()).clonedFor(maria));
        var old = saved.description();
        var oneLevel = new ExerciseDescription("Toe curls, seated only", old.bodyRegion(), old.purposes(),
                List.of("A small towel"), old.steps(), List.of(), List.of(), Set.of(HealthFlag.BALANCE_IMPAIRMENT),
                List.of(new Level(1, "Seated", "Both feet at once.",
                        Dosage.reps(3, 15, 20, 1, 7, Side.BOTH, PainScore.of(2)))));

        var revised = exercises.save(saved.revisedBy(maria, oneLevel));

        assertThat(revised.version()).isEqualTo(2);
        var found = exercises.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(revised);
        assertThat(found.levelCount()).isEqualTo(1);
        assertThat(db.rows("exercise_level", "exercise_id = ?", saved.id().value())).isEqualTo(1);
    }

    @Test
    void ofTwoConcurrentRevisionsOnlyTheFirstIsStoredAndTheSecondIsToldSo() throws InterruptedException {
        var maria = db.clinician("maria.lopez");
        var bothLoaded = exercises.save(db.marblePickUp(maria));
        var old = bothLoaded.description();
        var renamed = new ExerciseDescription("Marble pick-up, standing", old.bodyRegion(), old.purposes(),
                old.equipment(), old.steps(), old.cues(), old.precautions(), old.cautionFlags(), old.levels());
        var moreLevels = new ExerciseDescription(old.name(), old.bodyRegion(), old.purposes(), old.equipment(),
                old.steps(), old.cues(), old.precautions(), old.cautionFlags(),
                List.of(old.levels().getFirst(), new Level(2, "Standing", "",
                        Dosage.reps(2, 10, 0, 1, 5, Side.BOTH, PainScore.of(3)))));

        var outcome = ConcurrentSaves.race(db,
                () -> exercises.save(bothLoaded.revisedBy(maria, renamed)),
                () -> exercises.save(bothLoaded.revisedBy(maria, moreLevels)));

        assertThat(outcome.firstFailure()).isNull();
        assertThat(outcome.secondFailure()).isInstanceOf(ConcurrentChangeException.class);
        assertThat(outcome.secondWaitedForLock()).isTrue();
        var stored = exercises.findById(bothLoaded.id()).orElseThrow();
        assertThat(stored).isEqualTo(outcome.first());
        assertThat(stored.name()).isEqualTo("Marble pick-up, standing");
        assertThat(stored.levelCount()).isEqualTo(1);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() {
        var maria = db.clinician("maria.lopez");
        var saved = exercises.save(db.marblePickUp(maria));
        exercises.save(saved.revisedBy(maria, saved.description()));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> exercises.save(saved.revisedBy(maria, saved.description())));
        assertThat(exercises.findById(saved.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anExerciseOfAnUnknownAuthorLeavesNothingBehind() {
        var orphan = db.marblePickUp(db.clinician("maria.lopez"));
        var byStranger = Exercise.writtenBy(org.rehabrx.core.account.AccountId.newId(), orphan.description());

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(tx -> exercises.save(byStranger)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exercise_author_fk");
        assertThat(db.rows("exercise", "id = ?", byStranger.id().value())).isZero();
        assertThat(db.rows("exercise_level", "exercise_id = ?", byStranger.id().value())).isZero();
    }
}
