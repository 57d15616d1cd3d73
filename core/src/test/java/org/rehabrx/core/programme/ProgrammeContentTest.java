package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.core.programme.Forefoot.CALLUS_CARE;
import static org.rehabrx.core.programme.Forefoot.FOOTWEAR;
import static org.rehabrx.core.programme.Forefoot.MARBLE_PICK_UP;
import static org.rehabrx.core.programme.Forefoot.MEDICAL_REVIEW;
import static org.rehabrx.core.programme.Forefoot.METATARSAL_PAD;
import static org.rehabrx.core.programme.Forefoot.START;
import static org.rehabrx.core.programme.Forefoot.TOE_CURLS;
import static org.rehabrx.core.programme.Forefoot.WARM_FOOT_SOAK;
import static org.rehabrx.core.programme.Forefoot.content;
import static org.rehabrx.core.programme.Forefoot.prescribed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ProgrammeContentTest {

    private static ProgrammeContent contentWith(String title, String goal, LocalDate start, LocalDate review,
                                            List<PrescribedExercise> exercises, List<EducationBlockId> blocks) {
        return new ProgrammeContent(title, goal, start, review, exercises, List.of(METATARSAL_PAD), blocks,
                ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(3), List.of());
    }

    @Test
    void keepsWhatTheClinicianPrescribedInOrder() {
        var content = content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));

        assertThat(content.title()).isEqualTo("Forefoot plantar pain");
        assertThat(content.exercises()).extracting(PrescribedExercise::exercise)
                .containsExactly(TOE_CURLS.id(), MARBLE_PICK_UP.id());
        assertThat(content.orthoticNotes()).containsExactly(METATARSAL_PAD);
        assertThat(content.educationBlocks()).containsExactly(FOOTWEAR, CALLUS_CARE);
    }

    @Test
    void theTitleIsRequiredAndTheGoalOptional() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> contentWith(" ", "", START, START.plusWeeks(6), List.of(), List.of()))
                .withMessage("Enter a title.");
        assertThat(contentWith(" Forefoot ", null, START, START.plusWeeks(6), List.of(), List.of()).goal()).isEmpty();
    }

    @Test
    void theReviewDateMustBeAfterTheStartDate() {
        assertThat(contentWith("Forefoot", "", START, START.plusDays(1), List.of(), List.of()).reviewDate())
                .isEqualTo(START.plusDays(1));

        for (var review : List.of(START, START.minusDays(1))) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> contentWith("Forefoot", "", START, review, List.of(), List.of()))
                    .withMessage("The review date must be after the start date.");
        }
    }

    @Test
    void eachExerciseIsPrescribedOnlyOnce() {
        var curlsAgain = new PrescribedExercise(TOE_CURLS.id(), 2, TOE_CURLS.level(2).defaultDosage(), "");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP), curlsAgain))
                .withMessage("Each exercise can be prescribed only once in a programme.");
    }

    @Test
    void anEducationBlockIsIncludedOnceKeepingTheFirstPosition() {
        var content = contentWith("Forefoot", "", START, START.plusWeeks(6), List.of(),
                List.of(MEDICAL_REVIEW, FOOTWEAR, MEDICAL_REVIEW, CALLUS_CARE));

        assertThat(content.educationBlocks()).containsExactly(MEDICAL_REVIEW, FOOTWEAR, CALLUS_CARE);
    }

    @Test
    void listsAreCopied() {
        var exercises = new ArrayList<>(List.of(prescribed(TOE_CURLS)));
        var content = contentWith("Forefoot", "", START, START.plusWeeks(6), exercises, List.of());

        exercises.add(prescribed(MARBLE_PICK_UP));

        assertThat(content.exercises()).hasSize(1);
        assertThatThrownBy(() -> content.exercises().add(prescribed(MARBLE_PICK_UP)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsAPrescribedExercise() {
        var content = content(prescribed(TOE_CURLS));

        assertThat(content.prescribed(TOE_CURLS.id())).contains(prescribed(TOE_CURLS));
        assertThat(content.prescribed(MARBLE_PICK_UP.id())).isEmpty();
    }

    @Test
    void withExerciseAtMovesOneExerciseAndKeepsTheRest() {
        var curls = new PrescribedExercise(TOE_CURLS.id(), 1, TOE_CURLS.level(1).defaultDosage(),
                "Do them after your shower.");
        var content = content(curls, prescribed(MARBLE_PICK_UP));
        var harder = Dosage.reps(3, 10, 30, 2, 5, Side.BOTH, PainScore.of(5));

        var moved = content.withExerciseAt(TOE_CURLS.id(), 2, harder);

        assertThat(moved.exercises()).containsExactly(
                new PrescribedExercise(TOE_CURLS.id(), 2, harder, "Do them after your shower."),
                prescribed(MARBLE_PICK_UP));
        assertThat(moved).usingRecursiveComparison().ignoringFields("exercises").isEqualTo(content);
    }

    @Test
    void withExerciseAtRefusesAnExerciseThatIsNotPrescribed() {
        var content = content(prescribed(TOE_CURLS));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> content.withExerciseAt(ExerciseId.newId(), 1, TOE_CURLS.level(1).defaultDosage()))
                .withMessage("The exercise is not part of this programme.");
    }

    @Test
    void unacknowledgedAreTheCautionsNoAcknowledgementCovers() {
        var soakSensation = new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.REDUCED_FOOT_SENSATION);
        var soakWound = new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.OPEN_WOUND);
        var content = content(List.of(prescribed(WARM_FOOT_SOAK)),
                List.of(Forefoot.acknowledged(WARM_FOOT_SOAK, HealthFlag.REDUCED_FOOT_SENSATION)));

        assertThat(content.unacknowledged(List.of(soakSensation, soakWound))).containsExactly(soakWound);
        assertThat(content.unacknowledged(List.of(soakSensation))).isEmpty();
        assertThat(content.unacknowledged(List.of())).isEmpty();
    }
}
