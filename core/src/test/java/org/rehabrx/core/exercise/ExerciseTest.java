package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.ContentTranslations;

class ExerciseTest {

    private final AccountId physio = AccountId.newId();
    private final AccountId colleague = AccountId.newId();

    @Test
    void aShippedExerciseHasAKeyAndNoAuthor() {
        var exercise = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThat(exercise.key()).isEqualTo("toe-curls");
        assertThat(exercise.author()).isNull();
        assertThat(exercise.basedOn()).isNull();
        assertThat(exercise.origin()).isEqualTo(ExerciseOrigin.SHIPPED);
        assertThat(exercise.isShipped()).isTrue();
        assertThat(exercise.isNew()).isTrue();
        assertThat(exercise.name()).isEqualTo("Toe curls");
    }

    @Test
    void aClinicianExerciseHasAnAuthorAndNoKey() {
        var exercise = Exercise.writtenBy(physio, ForefootExercises.marblePickUp());

        assertThat(exercise.author()).isEqualTo(physio);
        assertThat(exercise.key()).isNull();
        assertThat(exercise.origin()).isEqualTo(ExerciseOrigin.CLINICIAN);
        assertThat(exercise.isShipped()).isFalse();
    }

    @Test
    void shippedIfAndOnlyIfItHasAKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exercise(ExerciseId.newId(), null, ForefootExercises.toeCurls(),
                        ExerciseOrigin.SHIPPED, null, null, 0))
                .withMessage("Shipped exercises, and only they, have a library key.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exercise(ExerciseId.newId(), "toe-curls", ForefootExercises.toeCurls(),
                        ExerciseOrigin.CLINICIAN, physio, null, 0))
                .withMessage("Shipped exercises, and only they, have a library key.");
    }

    @Test
    void aClinicianExerciseIfAndOnlyIfItHasAnAuthor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exercise(ExerciseId.newId(), null, ForefootExercises.toeCurls(),
                        ExerciseOrigin.CLINICIAN, null, null, 0))
                .withMessage("A clinician's exercise, and only it, has an author.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exercise(ExerciseId.newId(), "toe-curls", ForefootExercises.toeCurls(),
                        ExerciseOrigin.SHIPPED, physio, null, 0))
                .withMessage("A clinician's exercise, and only it, has an author.");
    }

    @Test
    void cloningMakesANewClinicianExerciseBasedOnTheOriginal() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls()).storedAs(3);

        var copy = shipped.clonedFor(physio);

        assertThat(copy.id()).isNotEqualTo(shipped.id());
        assertThat(copy.basedOn()).isEqualTo(shipped.id());
        assertThat(copy.origin()).isEqualTo(ExerciseOrigin.CLINICIAN);
        assertThat(copy.author()).isEqualTo(physio);
        assertThat(copy.key()).isNull();
        assertThat(copy.isNew()).isTrue();
        assertThat(copy.name()).isEqualTo("Toe curls (copy)");
        var original = shipped.description();
        var cloned = copy.description();
        assertThat(cloned.bodyRegion()).isEqualTo(original.bodyRegion());
        assertThat(cloned.purposes()).isEqualTo(original.purposes());
        assertThat(cloned.equipment()).isEqualTo(original.equipment());
        assertThat(cloned.steps()).isEqualTo(original.steps());
        assertThat(cloned.cues()).isEqualTo(original.cues());
        assertThat(cloned.precautions()).isEqualTo(original.precautions());
        assertThat(cloned.cautionFlags()).isEqualTo(original.cautionFlags());
        assertThat(cloned.levels()).isEqualTo(original.levels());
    }

    @Test
    void aClinicianCanCloneAColleaguesExercise() {
        var colleagues = Exercise.writtenBy(colleague, ForefootExercises.marblePickUp());

        var copy = colleagues.clonedFor(physio);

        assertThat(copy.author()).isEqualTo(physio);
        assertThat(copy.basedOn()).isEqualTo(colleagues.id());
    }

    @Test
    void anExerciseWithTheLongestNameCanStillBeCloned() {
        var longName = "Toe curls " + "x".repeat(ExerciseDescription.MAX_NAME_LENGTH - 10);
        var d = ForefootExercises.toeCurls();
        var exercise = Exercise.writtenBy(colleague, new ExerciseDescription(longName, d.bodyRegion(),
                d.purposes(), d.equipment(), d.steps(), d.cues(), d.precautions(), d.cautionFlags(), d.levels()));

        var copy = exercise.clonedFor(physio);

        assertThat(copy.name()).hasSizeLessThanOrEqualTo(ExerciseDescription.MAX_NAME_LENGTH)
                .startsWith("Toe curls xxx")
                .endsWith(" (copy)");
    }

    @Test
    void theAuthorRevisesTheirOwnExercise() {
        var exercise = Exercise.writtenBy(physio, ForefootExercises.marblePickUp()).storedAs(2);

        var revised = exercise.revisedBy(physio, ForefootExercises.toeCurls());

        assertThat(revised.description()).isEqualTo(ForefootExercises.toeCurls());
        assertThat(revised.id()).isEqualTo(exercise.id());
        assertThat(revised.author()).isEqualTo(physio);
        assertThat(revised.version()).isEqualTo(2);
    }

    @Test
    void aShippedExerciseCannotBeRevised() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThatIllegalStateException()
                .isThrownBy(() -> shipped.revisedBy(physio, ForefootExercises.marblePickUp()))
                .withMessage("Shipped exercises cannot be edited; clone it and edit the copy.");
    }

    @Test
    void anotherClinicianCannotReviseTheExercise() {
        var exercise = Exercise.writtenBy(colleague, ForefootExercises.marblePickUp());

        assertThatIllegalStateException()
                .isThrownBy(() -> exercise.revisedBy(physio, ForefootExercises.toeCurls()))
                .withMessage("Only the clinician who wrote this exercise can edit it.");
    }

    @Test
    void onlyShippedExercisesAreUpdatedFromTheShippedLibrary() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());
        assertThat(shipped.withShippedContent(ForefootExercises.marblePickUp(), ContentTranslations.none()).name())
                .isEqualTo("Marble pick-up");

        var own = Exercise.writtenBy(physio, ForefootExercises.toeCurls());
        assertThatIllegalStateException()
                .isThrownBy(() -> own.withShippedContent(ForefootExercises.marblePickUp(), ContentTranslations.none()))
                .withMessage("Only shipped exercises are updated from the shipped library.");
    }

    @Test
    void levelsAreLookedUpByNumber() {
        var exercise = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThat(exercise.levelCount()).isEqualTo(3);
        assertThat(exercise.level(1).name()).isEqualTo("Seated towel curls");
        assertThat(exercise.level(3).name()).isEqualTo("Towel curls against a weight");
        assertThat(exercise.hasLevel(0)).isFalse();
        assertThat(exercise.hasLevel(3)).isTrue();
        assertThat(exercise.hasLevel(4)).isFalse();
    }

    @Test
    void aLevelOutOfRangeIsRefusedNamingTheRange() {
        var exercise = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> exercise.level(4))
                .withMessage("Toe curls has levels 1 to 3, not 4.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> exercise.level(0))
                .withMessage("Toe curls has levels 1 to 3, not 0.");
    }

    @Test
    void cautionsAreTheFlagsTheExerciseAndThePatientShare() {
        var soak = Exercise.shipped("warm-foot-soak", ForefootExercises.warmFootSoak());

        assertThat(soak.cautionsFor(Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.OSTEOPOROSIS)))
                .containsExactly(HealthFlag.REDUCED_FOOT_SENSATION);
        assertThat(soak.cautionsFor(Set.of(HealthFlag.OPEN_WOUND, HealthFlag.CIRCULATION_PROBLEM)))
                .containsExactlyInAnyOrder(HealthFlag.OPEN_WOUND, HealthFlag.CIRCULATION_PROBLEM);
        assertThat(soak.cautionsFor(Set.of(HealthFlag.BALANCE_IMPAIRMENT))).isEmpty();
        assertThat(soak.cautionsFor(Set.of())).isEmpty();
    }

    @Test
    void anExerciseWithoutCautionFlagsRaisesNone() {
        var toeCurls = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThat(toeCurls.cautionsFor(Set.of(HealthFlag.values()))).isEmpty();
    }

    @Test
    void storedAsKeepsEverythingButTheVersion() {
        var exercise = Exercise.writtenBy(physio, ForefootExercises.toeCurls());

        var stored = exercise.storedAs(5);

        assertThat(stored.version()).isEqualTo(5);
        assertThat(stored.isNew()).isFalse();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(exercise);
        assertThat(List.of(stored.id(), stored.author())).containsExactly(exercise.id(), physio);
    }

    @Test
    void aCloneOfACloneStillShowsTheDrawingsOfTheShippedOriginal() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());
        var copy = shipped.clonedFor(physio);
        var copyOfCopy = copy.clonedFor(colleague);
        Map<ExerciseId, Exercise> stored = Map.of(shipped.id(), shipped, copy.id(), copy);

        assertThat(shipped.drawingKey(id -> Optional.empty())).contains("toe-curls");
        assertThat(copyOfCopy.drawingKey(id -> Optional.ofNullable(stored.get(id)))).contains("toe-curls");
    }

    @Test
    void anExerciseWrittenFromScratchOrWhoseOriginalIsGoneHasNoDrawings() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls());

        assertThat(Exercise.writtenBy(physio, ForefootExercises.marblePickUp()).drawingKey(id -> Optional.of(shipped)))
                .isEmpty();
        assertThat(shipped.clonedFor(physio).drawingKey(id -> Optional.empty())).isEmpty();
    }
}
