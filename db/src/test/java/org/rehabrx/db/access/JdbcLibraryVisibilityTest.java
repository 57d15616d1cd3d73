package org.rehabrx.db.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.db.ClinicalFixtures;

class JdbcLibraryVisibilityTest {

    private static ClinicalFixtures db;
    private final JdbcLibraryVisibility visibility = new JdbcLibraryVisibility(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void shippedExercisesAreInEveryLibraryAndOwnOnesOnlyInTheAuthors() {
        var author = db.clinician("lena.berg");
        var colleague = db.clinician("sam.okafor");
        var shipped = db.saved(db.toeCurls());
        var own = db.saved(db.marblePickUp(author));

        assertThat(visibility.isInLibraryOf(colleague, shipped.id())).isTrue();
        assertThat(visibility.isInLibraryOf(author, own.id())).isTrue();
        assertThat(visibility.isInLibraryOf(colleague, own.id())).isFalse();
        assertThat(visibility.isInLibraryOf(author, ExerciseId.newId())).isFalse();
    }
}
