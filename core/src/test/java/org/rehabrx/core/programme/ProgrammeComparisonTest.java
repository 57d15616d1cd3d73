package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.core.programme.Forefoot.CALLUS_CARE;
import static org.rehabrx.core.programme.Forefoot.FOOTWEAR;
import static org.rehabrx.core.programme.Forefoot.MARBLE_PICK_UP;
import static org.rehabrx.core.programme.Forefoot.MEDICAL_REVIEW;
import static org.rehabrx.core.programme.Forefoot.METATARSAL_PAD;
import static org.rehabrx.core.programme.Forefoot.MONDAY;
import static org.rehabrx.core.programme.Forefoot.PHYSIO;
import static org.rehabrx.core.programme.Forefoot.REVIEW;
import static org.rehabrx.core.programme.Forefoot.ROCKER_SOLE;
import static org.rehabrx.core.programme.Forefoot.START;
import static org.rehabrx.core.programme.Forefoot.TOE_CURLS;
import static org.rehabrx.core.programme.Forefoot.WARM_FOOT_SOAK;
import static org.rehabrx.core.programme.Forefoot.prescribed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.shared.PainScore;

class ProgrammeComparisonTest {

    private static ProgrammeContent content(String title, String goal, List<PrescribedExercise> exercises,
                                            List<OrthoticNote> notes, List<EducationBlockId> blocks,
                                            ProgressionRules rules, PainScore baseline) {
        return new ProgrammeContent(title, goal, START, REVIEW, exercises, notes, blocks, rules, baseline, List.of());
    }

    private static ProgrammeVersion version(int number, ProgrammeContent content) {
        return new ProgrammeVersion(number, ProgrammeStatus.ACTIVE, content, PHYSIO, MONDAY);
    }

    private static ProgrammeComparison compare(ProgrammeContent older, ProgrammeContent newer) {
        return ProgrammeComparison.between(version(1, older), version(2, newer));
    }

    @Test
    void identicalVersionsShowNoChange() {
        var content = Forefoot.content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));

        var comparison = compare(content, content);

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.olderNumber()).isEqualTo(1);
        assertThat(comparison.newerNumber()).isEqualTo(2);
    }

    @Test
    void showsAddedAndRemovedExercises() {
        var older = Forefoot.content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));
        var newer = Forefoot.content(prescribed(TOE_CURLS), prescribed(WARM_FOOT_SOAK));

        var comparison = compare(older, newer);

        assertThat(comparison.addedExercises()).containsExactly(prescribed(WARM_FOOT_SOAK));
        assertThat(comparison.removedExercises()).containsExactly(prescribed(MARBLE_PICK_UP));
        assertThat(comparison.changedExercises()).isEmpty();
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void showsAnExercisePrescribedAtAnotherLevelAndDosage() {
        var older = Forefoot.content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));
        var newer = older.withExerciseAt(TOE_CURLS.id(), 2, TOE_CURLS.level(2).defaultDosage());

        var comparison = compare(older, newer);

        assertThat(comparison.changedExercises()).containsExactly(new ProgrammeComparison.ExerciseChange(
                TOE_CURLS.id(), prescribed(TOE_CURLS),
                new PrescribedExercise(TOE_CURLS.id(), 2, TOE_CURLS.level(2).defaultDosage(), "")));
        assertThat(comparison.addedExercises()).isEmpty();
        assertThat(comparison.removedExercises()).isEmpty();
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void showsAChangedClinicianNote() {
        var older = Forefoot.content(prescribed(TOE_CURLS));
        var noted = new PrescribedExercise(TOE_CURLS.id(), 1, TOE_CURLS.level(1).defaultDosage(), "After a shower.");
        var newer = Forefoot.content(noted);

        assertThat(compare(older, newer).changedExercises()).extracting(ProgrammeComparison.ExerciseChange::after)
                .containsExactly(noted);
    }

    @Test
    void showsOrthoticNotesClimbingTheLadder() {
        var rules = ProgressionRules.PAIN_MONITORING_MODEL;
        var older = content("Forefoot", "", List.of(prescribed(TOE_CURLS)), List.of(METATARSAL_PAD), List.of(),
                rules, PainScore.of(3));
        var newer = content("Forefoot", "", List.of(prescribed(TOE_CURLS)), List.of(ROCKER_SOLE), List.of(), rules,
                PainScore.of(3));

        var comparison = compare(older, newer);

        assertThat(comparison.addedOrthoticNotes()).containsExactly(ROCKER_SOLE);
        assertThat(comparison.removedOrthoticNotes()).containsExactly(METATARSAL_PAD);
        assertThat(comparison.changedDetails()).isEmpty();
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void showsAddedAndRemovedEducationBlocks() {
        var rules = ProgressionRules.PAIN_MONITORING_MODEL;
        var older = content("Forefoot", "", List.of(prescribed(TOE_CURLS)), List.of(), List.of(FOOTWEAR, CALLUS_CARE),
                rules, PainScore.of(3));
        var newer = content("Forefoot", "", List.of(prescribed(TOE_CURLS)), List.of(),
                List.of(FOOTWEAR, MEDICAL_REVIEW), rules, PainScore.of(3));

        var comparison = compare(older, newer);

        assertThat(comparison.addedEducationBlocks()).containsExactly(MEDICAL_REVIEW);
        assertThat(comparison.removedEducationBlocks()).containsExactly(CALLUS_CARE);
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void namesEveryChangedDetail() {
        var older = Forefoot.content(prescribed(TOE_CURLS));
        var newer = new ProgrammeContent("Forefoot plantar pain, left", "Walk 30 minutes without pain",
                START.plusDays(1), REVIEW.plusWeeks(2), older.exercises(), older.orthoticNotes(),
                older.educationBlocks(), new ProgressionRules(4, 2, 5, 2, 5, 2, 30, 60, 30), PainScore.of(4),
                List.of());

        var comparison = compare(older, newer);

        assertThat(comparison.changedDetails()).containsExactly("title", "goal", "start date", "review date",
                "progression rules", "baseline pain");
        assertThat(comparison.addedExercises()).isEmpty();
        assertThat(comparison.changedExercises()).isEmpty();
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void aSingleChangedDetailIsEnoughToShow() {
        var older = Forefoot.content(prescribed(TOE_CURLS));
        var newer = new ProgrammeContent(older.title(), older.goal(), older.startDate(), older.reviewDate(),
                older.exercises(), older.orthoticNotes(), older.educationBlocks(), older.rules(), PainScore.of(2),
                older.acknowledgements());

        var comparison = compare(older, newer);

        assertThat(comparison.changedDetails()).containsExactly("baseline pain");
        assertThat(comparison.isEmpty()).isFalse();
    }
}
