package org.rehabrx.web.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** A clinician's own exercises and pictures are theirs: other clinicians neither open nor see them. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class OwnExerciseAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LibraryService library;

    private Exercise shipped;
    private Exercise own;

    @BeforeEach
    void aClinicianHasAnOwnCopy() {
        SignedInAs.account(context, "demo.clinician");
        shipped = library.exercises().stream().filter(Exercise::isShipped).findFirst().orElseThrow();
        own = library.cloneExercise(shipped.id());
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theAuthorOpensTheirOwnExerciseAndAnyShippedOne() {
        assertThat(library.exercise(own.id())).isEqualTo(own);
        assertThat(library.exercise(shipped.id())).isEqualTo(shipped);
        assertThat(library.picture(own.id(), ImagePosition.START)).isEmpty();
    }

    @Test
    void anotherClinicianCanNeitherOpenTheExerciseNorItsPictures() {
        SignedInAs.account(context, "demo.clinician2");

        assertThatThrownBy(() -> library.exercise(own.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> library.picture(own.id(), ImagePosition.START))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> library.cloneExercise(own.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> library.exercise(ExerciseId.newId()))
                .as("refused exactly like an exercise that does not exist")
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(library.exercises()).extracting(Exercise::id).doesNotContain(own.id());
        assertThat(library.exercise(shipped.id())).isEqualTo(shipped);
    }

    @Test
    void aPatientCannotUseTheLibrary() {
        SignedInAs.account(context, "demo.patient");

        assertThatThrownBy(() -> library.exercise(shipped.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> library.picture(shipped.id(), ImagePosition.START))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
