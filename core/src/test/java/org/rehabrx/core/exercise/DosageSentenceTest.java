package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class DosageSentenceTest {

    private static final PainScore LIMIT = PainScore.of(5);

    @Test
    void setsOfRepetitionsWithRest() {
        assertThat(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("2 sets of 10 repetitions, rest 30 seconds between sets — twice a day, 5 days a week, "
                        + "both feet");
    }

    @Test
    void aSingleSetHasNoRestAndSingularWords() {
        assertThat(Dosage.reps(1, 1, 30, 1, 1, Side.RIGHT, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("1 set of 1 repetition — once a day, 1 day a week, right foot");
    }

    @Test
    void noRestMeansNoRestPhrase() {
        assertThat(Dosage.reps(3, 8, 0, 3, 6, Side.LEFT, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("3 sets of 8 repetitions — 3 times a day, 6 days a week, left foot");
    }

    @Test
    void aSingleHold() {
        assertThat(Dosage.hold(1, 30, 0, 1, 7, Side.LEFT, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("1 hold of 30 seconds — once a day, every day, left foot");
    }

    @Test
    void repeatedHoldsRestBetweenHolds() {
        assertThat(Dosage.hold(5, 10, 20, 2, 7, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("5 holds of 10 seconds, rest 20 seconds between holds — twice a day, every day, both feet");
    }

    @Test
    void aDuration() {
        assertThat(Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("10 minutes — once a day, every day, both feet");
    }

    @Test
    void aOneMinuteDurationIsSingular() {
        assertThat(Dosage.duration(1, 1, 0, 1, 7, Side.LEFT, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("1 minute — once a day, every day, left foot");
    }

    @Test
    void roundsOfADurationRestBetweenRounds() {
        assertThat(Dosage.duration(2, 5, 60, 1, 3, Side.RIGHT, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("2 rounds of 5 minutes, rest 60 seconds between rounds — once a day, 3 days a week, "
                        + "right foot");
    }

    @Test
    void withALoad() {
        var dosage = Dosage.reps(3, 12, 45, 1, 3, Side.BOTH, LIMIT)
                .withLoad(new Load(new BigDecimal("2"), LoadUnit.KG));

        assertThat(dosage.sentence(Locale.ENGLISH))
                .isEqualTo("3 sets of 12 repetitions with 2 kg, rest 45 seconds between sets — once a day, "
                        + "3 days a week, both feet");
    }

    @Test
    void withAFractionalLoadInPounds() {
        var dosage = Dosage.hold(2, 20, 30, 1, 5, Side.LEFT, LIMIT)
                .withLoad(new Load(new BigDecimal("2.50"), LoadUnit.LB));

        assertThat(dosage.sentence(Locale.ENGLISH))
                .isEqualTo("2 holds of 20 seconds with 2.5 lb, rest 30 seconds between holds — once a day, "
                        + "5 days a week, left foot");
    }

    @Test
    void aLoadOfTenKilogramsIsWrittenPlainly() {
        var dosage = Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, LIMIT)
                .withLoad(new Load(new BigDecimal("10.0"), LoadUnit.KG));

        assertThat(dosage.sentence(Locale.ENGLISH)).contains("with 10 kg,");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "59  | rest 59 seconds between sets",
            "60  | rest 60 seconds between sets",
            "90  | rest 90 seconds between sets",
            "120 | rest 2 minutes between sets",
            "150 | rest 2 minutes 30 seconds between sets",
            "181 | rest 3 minutes 1 second between sets",
            "600 | rest 10 minutes between sets"})
    void longRestsReadInMinutes(int restSeconds, String expected) {
        var sentence = Dosage.reps(3, 5, restSeconds, 1, 3, Side.BOTH, LIMIT).sentence(Locale.ENGLISH);

        assertThat(sentence).isEqualTo("3 sets of 5 repetitions, " + expected + " — once a day, 3 days a week, both feet");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "45  | 1 hold of 45 seconds",
            "120 | 1 hold of 2 minutes",
            "300 | 1 hold of 5 minutes"})
    void longHoldsReadInMinutes(int holdSeconds, String expected) {
        assertThat(Dosage.hold(1, holdSeconds, 0, 1, 7, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo(expected + " — once a day, every day, both feet");
    }

    @ParameterizedTest
    @CsvSource({"1, once a day", "2, twice a day", "3, 3 times a day", "12, 12 times a day"})
    void timesPerDay(int times, String words) {
        assertThat(Dosage.reps(1, 10, 0, times, 7, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("1 set of 10 repetitions — " + words + ", every day, both feet");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 day a week", "2, 2 days a week", "6, 6 days a week", "7, every day"})
    void daysPerWeek(int days, String words) {
        assertThat(Dosage.reps(1, 10, 0, 1, days, Side.BOTH, LIMIT).sentence(Locale.ENGLISH))
                .isEqualTo("1 set of 10 repetitions — once a day, " + words + ", both feet");
    }

    @ParameterizedTest
    @CsvSource({"LEFT, left foot", "RIGHT, right foot", "BOTH, both feet"})
    void side(Side side, String words) {
        assertThat(Dosage.reps(1, 10, 0, 1, 7, side, LIMIT).sentence(Locale.ENGLISH)).endsWith(", " + words);
    }

    @Test
    void aLanguageWithoutWordsReadsEnglish() {
        assertThat(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(Locale.GERMAN))
                .isEqualTo(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(Locale.ENGLISH));
    }

    @Nested
    class InSpanish {

        private static final Locale SPANISH = Locale.of("es");

        @Test
        void setsOfRepetitionsWithRest() {
            assertThat(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("2 series de 10 repeticiones, descanso de 30 segundos entre series — dos veces al día, "
                            + "5 días a la semana, ambos pies");
        }

        @Test
        void aRegionalSpanishReadsSpanish() {
            assertThat(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(Locale.of("es", "MX")))
                    .isEqualTo(Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, LIMIT).sentence(SPANISH));
        }

        @Test
        void aSingleSetHasNoRestAndSingularWords() {
            assertThat(Dosage.reps(1, 1, 30, 1, 1, Side.RIGHT, LIMIT).sentence(SPANISH))
                    .isEqualTo("1 serie de 1 repetición — una vez al día, 1 día a la semana, pie derecho");
        }

        @Test
        void noRestMeansNoRestPhrase() {
            assertThat(Dosage.reps(3, 8, 0, 3, 6, Side.LEFT, LIMIT).sentence(SPANISH))
                    .isEqualTo("3 series de 8 repeticiones — 3 veces al día, 6 días a la semana, pie izquierdo");
        }

        @Test
        void aSingleHold() {
            assertThat(Dosage.hold(1, 30, 0, 1, 7, Side.LEFT, LIMIT).sentence(SPANISH))
                    .isEqualTo("1 mantenimiento de 30 segundos — una vez al día, todos los días, pie izquierdo");
        }

        @Test
        void repeatedHoldsRestBetweenHolds() {
            assertThat(Dosage.hold(5, 10, 20, 2, 7, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("5 mantenimientos de 10 segundos, descanso de 20 segundos entre mantenimientos — "
                            + "dos veces al día, todos los días, ambos pies");
        }

        @Test
        void aDuration() {
            assertThat(Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("10 minutos — una vez al día, todos los días, ambos pies");
        }

        @Test
        void aOneMinuteDurationIsSingular() {
            assertThat(Dosage.duration(1, 1, 0, 1, 7, Side.LEFT, LIMIT).sentence(SPANISH))
                    .isEqualTo("1 minuto — una vez al día, todos los días, pie izquierdo");
        }

        @Test
        void roundsOfADurationRestBetweenRounds() {
            assertThat(Dosage.duration(2, 5, 60, 1, 3, Side.RIGHT, LIMIT).sentence(SPANISH))
                    .isEqualTo("2 rondas de 5 minutos, descanso de 60 segundos entre rondas — una vez al día, "
                            + "3 días a la semana, pie derecho");
        }

        @Test
        void withALoad() {
            var dosage = Dosage.reps(3, 12, 45, 1, 3, Side.BOTH, LIMIT)
                    .withLoad(new Load(new BigDecimal("2"), LoadUnit.KG));

            assertThat(dosage.sentence(SPANISH))
                    .isEqualTo("3 series de 12 repeticiones con 2 kg, descanso de 45 segundos entre series — "
                            + "una vez al día, 3 días a la semana, ambos pies");
        }

        @Test
        void aFractionalLoadHasADecimalComma() {
            var dosage = Dosage.hold(2, 20, 30, 1, 5, Side.LEFT, LIMIT)
                    .withLoad(new Load(new BigDecimal("2.50"), LoadUnit.LB));

            assertThat(dosage.sentence(SPANISH))
                    .isEqualTo("2 mantenimientos de 20 segundos con 2,5 lb, descanso de 30 segundos entre "
                            + "mantenimientos — una vez al día, 5 días a la semana, pie izquierdo");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "59  | descanso de 59 segundos entre series",
                "120 | descanso de 2 minutos entre series",
                "150 | descanso de 2 minutos y 30 segundos entre series",
                "181 | descanso de 3 minutos y 1 segundo entre series",
                "600 | descanso de 10 minutos entre series"})
        void longRestsReadInMinutes(int restSeconds, String expected) {
            assertThat(Dosage.reps(3, 5, restSeconds, 1, 3, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("3 series de 5 repeticiones, " + expected
                            + " — una vez al día, 3 días a la semana, ambos pies");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "45  | 1 mantenimiento de 45 segundos",
                "120 | 1 mantenimiento de 2 minutos",
                "300 | 1 mantenimiento de 5 minutos"})
        void longHoldsReadInMinutes(int holdSeconds, String expected) {
            assertThat(Dosage.hold(1, holdSeconds, 0, 1, 7, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo(expected + " — una vez al día, todos los días, ambos pies");
        }

        @ParameterizedTest
        @CsvSource({"1, una vez al día", "2, dos veces al día", "3, 3 veces al día", "12, 12 veces al día"})
        void timesPerDay(int times, String words) {
            assertThat(Dosage.reps(1, 10, 0, times, 7, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("1 serie de 10 repeticiones — " + words + ", todos los días, ambos pies");
        }

        @ParameterizedTest
        @CsvSource({"1, 1 día a la semana", "2, 2 días a la semana", "6, 6 días a la semana", "7, todos los días"})
        void daysPerWeek(int days, String words) {
            assertThat(Dosage.reps(1, 10, 0, 1, days, Side.BOTH, LIMIT).sentence(SPANISH))
                    .isEqualTo("1 serie de 10 repeticiones — una vez al día, " + words + ", ambos pies");
        }

        @ParameterizedTest
        @CsvSource({"LEFT, pie izquierdo", "RIGHT, pie derecho", "BOTH, ambos pies"})
        void side(Side side, String words) {
            assertThat(Dosage.reps(1, 10, 0, 1, 7, side, LIMIT).sentence(SPANISH)).endsWith(", " + words);
        }
    }
}
