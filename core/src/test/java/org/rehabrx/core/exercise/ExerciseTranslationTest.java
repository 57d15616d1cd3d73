package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.shared.ContentTranslations;

class ExerciseTranslationTest {

    private static final Locale SPANISH = Locale.of("es");

    private static ExerciseTranslation spanishToeCurls() {
        return new ExerciseTranslation("Flexión de los dedos", List.of("Una toalla pequeña"),
                List.of("Siéntese con el pie sobre una toalla.", "Doble los dedos para arrastrar la toalla."),
                List.of("El talón se queda en el suelo."), List.of("Pare si el dolor supera su límite."),
                List.of(new LevelTranslation("Sentado", "Siéntese."), new LevelTranslation("De pie", "Póngase de pie."),
                        new LevelTranslation("Con peso", "")));
    }

    @Test
    void aShippedExerciseReadsInSpanishWithItsOwnLevelsAndDosages() {
        var exercise = Exercise.shipped("toe-curls", ForefootExercises.toeCurls(),
                ContentTranslations.of(SPANISH, spanishToeCurls()));

        var spanish = exercise.in(Locale.forLanguageTag("es-AR"));

        assertThat(spanish.id()).isEqualTo(exercise.id());
        assertThat(spanish.name()).isEqualTo("Flexión de los dedos");
        assertThat(spanish.description().steps()).first().isEqualTo("Siéntese con el pie sobre una toalla.");
        assertThat(spanish.level(2).name()).isEqualTo("De pie");
        assertThat(spanish.level(3).defaultDosage()).isEqualTo(exercise.level(3).defaultDosage());
        assertThat(spanish.description().cautionFlags()).isEqualTo(exercise.description().cautionFlags());
        assertThat(exercise.in(Locale.ENGLISH)).isSameAs(exercise);
        assertThat(exercise.descriptionIn(Locale.FRENCH)).isEqualTo(exercise.description());
    }

    @Test
    void aTranslationNeedsOneLevelForEachLevelOfTheExercise() {
        var twoLevels = new ExerciseTranslation("Flexión de los dedos", List.of(), List.of("Doble los dedos."),
                List.of(), List.of(), List.of(new LevelTranslation("Sentado", ""), new LevelTranslation("De pie", "")));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Exercise.shipped("toe-curls", ForefootExercises.toeCurls(),
                        ContentTranslations.of(SPANISH, twoLevels)))
                .withMessageContaining("has 2 levels; the exercise has 3");
    }

    @Test
    void aClinicansOwnExerciseHasNoTranslationsAndReadsAsWritten() {
        var own = Exercise.writtenBy(AccountId.newId(), ForefootExercises.toeCurls());

        assertThat(own.translations().isEmpty()).isTrue();
        assertThat(own.in(SPANISH)).isSameAs(own);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exercise(own.id(), null, own.description(), own.origin(), own.author(), null, 0,
                        ContentTranslations.of(SPANISH, spanishToeCurls())))
                .withMessageContaining("Only shipped exercises carry translations");
    }

    @Test
    void aCopyOfAShippedExerciseTakesNoTranslation() {
        var shipped = Exercise.shipped("toe-curls", ForefootExercises.toeCurls(),
                ContentTranslations.of(SPANISH, spanishToeCurls()));

        var copy = shipped.clonedFor(AccountId.newId());

        assertThat(copy.translations().isEmpty()).isTrue();
        assertThat(shipped.storedAs(3).translations()).isEqualTo(shipped.translations());
    }
}
