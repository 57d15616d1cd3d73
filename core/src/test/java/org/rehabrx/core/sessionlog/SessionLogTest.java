package org.rehabrx.core.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.shared.PainScore;

class SessionLogTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final Instant NOW = Instant.parse("2025-03-20T18:45:00Z");

    private final ProgrammeId programme = ProgrammeId.newId();
    private final ExerciseId toeCurls = ExerciseId.newId();
    private final AccountId patientLogin = AccountId.newId();

    private SessionLog record(LocalDate date, boolean completed, Integer setsDone, PainScore painDuring) {
        return SessionLog.record(programme, 1, toeCurls, 1, date, completed, setsDone, painDuring, null,
                " Felt it under the 3rd toe. ", patientLogin, NOW, TODAY);
    }

    @Test
    void recordsTodaysSession() {
        var log = record(TODAY, true, 2, PainScore.of(3));

        assertThat(log.date()).isEqualTo(TODAY);
        assertThat(log.completed()).isTrue();
        assertThat(log.setsDone()).isEqualTo(2);
        assertThat(log.painDuring()).isEqualTo(PainScore.of(3));
        assertThat(log.painNextMorning()).isNull();
        assertThat(log.comment()).isEqualTo("Felt it under the 3rd toe.");
        assertThat(log.enteredBy()).isEqualTo(patientLogin);
        assertThat(log.enteredAt()).isEqualTo(NOW);
        assertThat(log.isNew()).isTrue();
    }

    @Test
    void aPastSessionCanBeLogged() {
        assertThat(record(TODAY.minusDays(3), true, 2, PainScore.of(2)).date()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void aSessionInTheFutureIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(TODAY.plusDays(1), true, 2, PainScore.of(3)))
                .withMessage("A session cannot be logged for a day in the future.");
    }

    @Test
    void aCompletedSessionNeedsThePainDuringIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(TODAY, true, 2, null))
                .withMessage("Rate the pain during the exercise from 0 to 10.");
    }

    @Test
    void aSessionNotDoneNeedsNoPainRating() {
        var skipped = record(TODAY, false, 0, null);

        assertThat(skipped.completed()).isFalse();
        assertThat(skipped.painDuring()).isNull();
    }

    @Test
    void aSessionStoppedPartWayKeepsItsPainRating() {
        var stopped = record(TODAY, false, 1, PainScore.of(7));

        assertThat(stopped.painDuring()).isEqualTo(PainScore.of(7));
    }

    @Test
    void theNextMorningPainIsAddedLaterWithoutChangingTheRest() {
        var log = record(TODAY.minusDays(1), true, 2, PainScore.of(4)).storedAs(1);

        var withMorning = log.withPainNextMorning(PainScore.of(2), TODAY);

        assertThat(withMorning.painNextMorning()).isEqualTo(PainScore.of(2));
        assertThat(withMorning).usingRecursiveComparison().ignoringFields("painNextMorning").isEqualTo(log);
        assertThat(withMorning.version()).isEqualTo(1);
    }

    @Test
    void theNextMorningPainCannotBeGivenOnTheDayOfTheSession() {
        var log = record(TODAY, true, 2, PainScore.of(4));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> log.withPainNextMorning(PainScore.of(2), TODAY))
                .withMessage("Next-morning pain can be logged from the day after the session.");
    }

    @Test
    void theNextMorningPainIsGivenOnceSoThatCitedEvidenceNeverChanges() {
        var log = record(TODAY.minusDays(2), true, 2, PainScore.of(4)).withPainNextMorning(PainScore.of(1),
                TODAY.minusDays(1));

        assertThatIllegalStateException()
                .isThrownBy(() -> log.withPainNextMorning(PainScore.of(6), TODAY))
                .withMessage("The next-morning pain of this session has already been logged.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20})
    void setsDoneFromZeroToTwenty(int sets) {
        assertThat(record(TODAY, true, sets, PainScore.of(1)).setsDone()).isEqualTo(sets);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 21})
    void setsDoneOutsideZeroToTwentyAreRefused(int sets) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(TODAY, true, sets, PainScore.of(1)))
                .withMessage("Sets done must be from 0 to 20.");
    }

    @Test
    void setsDoneMayBeUnknown() {
        assertThat(record(TODAY, true, null, PainScore.of(1)).setsDone()).isNull();
    }

    @Test
    void programmeVersionsAndLevelsAreNumberedFromOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionLog.record(programme, 0, toeCurls, 1, TODAY, true, 2, PainScore.of(3), null,
                        "", patientLogin, NOW, TODAY))
                .withMessage("Programme versions and levels are numbered from 1.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionLog.record(programme, 1, toeCurls, 0, TODAY, true, 2, PainScore.of(3), null,
                        "", patientLogin, NOW, TODAY))
                .withMessage("Programme versions and levels are numbered from 1.");
    }

    @Test
    void theCommentIsOptionalAndLimited() {
        assertThat(SessionLog.record(programme, 1, toeCurls, 1, TODAY, true, 2, PainScore.of(3), null, null,
                patientLogin, NOW, TODAY).comment()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionLog.record(programme, 1, toeCurls, 1, TODAY, true, 2, PainScore.of(3), null,
                        "x".repeat(1001), patientLogin, NOW, TODAY))
                .withMessage("Comment is too long: at most 1000 characters.");
    }
}
