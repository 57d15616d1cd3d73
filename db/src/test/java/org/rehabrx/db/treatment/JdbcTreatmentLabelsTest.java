package org.rehabrx.db.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.treatment.Labels;
import org.rehabrx.db.ClinicalFixtures;

class JdbcTreatmentLabelsTest {

    private static ClinicalFixtures db;
    private final JdbcTreatmentLabels labels = new JdbcTreatmentLabels(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void everyKindOfNameIsReadWithTheLevelsInOrder() {
        var scenario = db.forefootScenario();
        var toeCurls = scenario.toeCurls().id();
        var soak = scenario.warmFootSoak().id();
        var block = scenario.blocks().getFirst();

        var read = labels.of(List.of(toeCurls, soak), List.of(block), List.of(scenario.clinician()));

        assertThat(read.exercise(toeCurls)).contains(scenario.toeCurls().name());
        assertThat(read.exercise(soak)).contains(scenario.warmFootSoak().name());
        assertThat(read.levels().get(toeCurls)).containsExactly("Seated", "Standing", "Weighted towel");
        assertThat(read.level(toeCurls, 3)).contains("Weighted towel");
        assertThat(read.level(toeCurls, 4)).isEmpty();
        assertThat(read.educationBlock(block)).contains("Looking after callus");
        assertThat(read.account(scenario.clinician())).contains("Person maria.lopez");
    }

    @Test
    void idsThatDoNotExistHaveNoName() {
        var read = labels.of(List.of(ExerciseId.newId()), List.of(EducationBlockId.newId()),
                List.of(AccountId.newId()));

        assertThat(read).isEqualTo(Labels.NONE);
        assertThat(labels.of(List.of(), List.of(), List.of())).isEqualTo(Labels.NONE);
    }
}
