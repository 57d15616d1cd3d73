package org.rehabrx.db.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;
import static org.rehabrx.db.ClinicalFixtures.TODAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ClinicalFixtures.Scenario;
import org.springframework.dao.DataIntegrityViolationException;

class JdbcSessionLogsTest {

    private static ClinicalFixtures db;
    private final JdbcSessionLogs logs = new JdbcSessionLogs(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void aCompletedSessionWithItsPainRatingsRoundTrips() {
        var programme = activeProgramme();
        var log = session(programme, programme.number(), TODAY.minusDays(1), true, 2, PainScore.of(2),
                PainScore.of(1));

        var saved = logs.save(log);

        assertThat(saved.version()).isEqualTo(1);
        var found = logs.findById(log.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.painDuring()).isEqualTo(PainScore.of(2));
        assertThat(found.painNextMorning()).isEqualTo(PainScore.of(1));
        assertThat(found.setsDone()).isEqualTo(2);
        assertThat(found.comment()).isEqualTo("Towel slipped on the tiles.");
    }

    @Test
    void aSessionThatWasNotDoneHasNoPainRatings() {
        var programme = activeProgramme();
        var skipped = logs.save(session(programme, 1, TODAY, false, null, null, null));

        var found = logs.findById(skipped.id()).orElseThrow();
        assertThat(found).isEqualTo(skipped);
        assertThat(found.completed()).isFalse();
        assertThat(found.painDuring()).isNull();
        assertThat(found.setsDone()).isNull();
    }

    @Test
    void instantsAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        var programme = activeProgramme();
        var log = session(programme, 1, TODAY, true, 2, PainScore.of(2), null);
        var enteredWithNanoseconds = new SessionLog(log.id(), log.programme(), log.programmeVersion(), log.exercise(),
                log.level(), log.date(), log.completed(), log.setsDone(), log.painDuring(), log.painNextMorning(),
                log.comment(), log.enteredBy(), Instant.parse("2026-03-02T19:30:00.123456789Z"), 0);

        logs.save(enteredWithNanoseconds);

        var stored = logs.findById(log.id()).orElseThrow().enteredAt();
        assertThat(stored.getNano() % 1_000).isZero();
        assertThat(stored).isCloseTo(enteredWithNanoseconds.enteredAt(), within(1, ChronoUnit.MICROS));
    }

    @Test
    void anUnknownLogIsNotFound() {
        assertThat(logs.findById(SessionLogId.newId())).isEmpty();
        assertThat(logs.forProgramme(ProgrammeId.newId())).isEmpty();
    }

    @Test
    void theNextMorningsPainIsAddedUnderTheNextVersion() {
        var programme = activeProgramme();
        var saved = logs.save(session(programme, 1, TODAY.minusDays(1), true, 2, PainScore.of(3), null));

        var completed = logs.save(saved.withPainNextMorning(PainScore.of(2), TODAY));

        assertThat(completed.version()).isEqualTo(2);
        assertThat(logs.findById(saved.id())).contains(completed);
    }

    @Test
    void aRatingBasedOnAStaleVersionIsRefused() {
        var programme = activeProgramme();
        var saved = logs.save(session(programme, 1, TODAY.minusDays(1), true, 2, PainScore.of(3), null));
        logs.save(saved.withPainNextMorning(PainScore.of(2), TODAY));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> logs.save(saved.withPainNextMorning(PainScore.of(6), TODAY)));
        assertThat(logs.findById(saved.id()).orElseThrow().painNextMorning()).isEqualTo(PainScore.of(2));
    }

    @Test
    void theLogsOfAProgrammeComeOldestDayFirstAcrossItsVersions() {
        var scenario = db.forefootScenario();
        var active = db.programmes().save(activated(scenario, db.programmes().save(scenario.draft())));
        var revised = db.programmes().save(active.changed(active.content(), scenario.cautions(active.content()),
                scenario.clinician(), MONDAY_MORNING.plus(Duration.ofDays(3))));
        var thursday = logs.save(session(revised, 2, TODAY.minusDays(1), true, 3, PainScore.of(1), null));
        var monday = logs.save(session(active, 1, TODAY.minusDays(4), true, 2, PainScore.of(4), PainScore.of(3)));
        var tuesday = logs.save(session(active, 1, TODAY.minusDays(3), false, null, null, null));
        var otherProgramme = activeProgramme();
        logs.save(session(otherProgramme, 1, TODAY.minusDays(2), true, 2, PainScore.of(2), null));

        assertThat(logs.forProgramme(active.id())).containsExactly(monday, tuesday, thursday);
    }

    @Test
    void aLogForAProgrammeVersionThatDoesNotExistIsRefused() {
        var programme = activeProgramme();

        assertThatThrownBy(() -> logs.save(session(programme, 5, TODAY, true, 2, PainScore.of(2), null)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("session_log_programme_version_fk");
    }

    @Test
    void theDatabaseRefusesPainOutsideZeroToTen() {
        var programme = activeProgramme();
        var saved = logs.save(session(programme, 1, TODAY, true, 2, PainScore.of(2), null));

        assertThatThrownBy(() -> db.jdbc().sql("UPDATE session_log SET pain_next_morning = 11 WHERE id = ?")
                .param(saved.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("session_log_pain_ck");
        assertThatThrownBy(() -> db.jdbc().sql("UPDATE session_log SET pain_during = NULL WHERE id = ?")
                .param(saved.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("session_log_completed_pain_ck");
    }

    @Test
    void recentLogsAreTheNewestOnesTogetherWithEveryOneSinceTheGivenDayOldestFirst() {
        var programme = activeProgramme();
        for (int daysAgo = 20; daysAgo >= 1; daysAgo--) {
            logs.save(session(programme, 1, TODAY.minusDays(daysAgo), true, 2, PainScore.of(2), null));
        }

        var fiveNewest = logs.recentOf(programme.id(), 5, TODAY);
        assertThat(fiveNewest).extracting(SessionLog::date).containsExactly(TODAY.minusDays(5), TODAY.minusDays(4),
                TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));

        var tenDays = logs.recentOf(programme.id(), 5, TODAY.minusDays(10));
        assertThat(tenDays).hasSize(10).extracting(SessionLog::date).first().isEqualTo(TODAY.minusDays(10));
        assertThat(tenDays).isSortedAccordingTo(Comparator.comparing(SessionLog::date));
        assertThat(logs.recentOf(ProgrammeId.newId(), 5, TODAY.minusDays(10))).isEmpty();
    }

    private Programme activeProgramme() {
        var scenario = db.forefootScenario();
        return db.programmes().save(activated(scenario, db.programmes().save(scenario.draft())));
    }

    private static Programme activated(Scenario scenario, Programme draft) {
        return draft.activated(scenario.cautions(draft.content()), scenario.clinician(), MONDAY_MORNING);
    }

    private SessionLog session(Programme programme, int version, LocalDate day, boolean completed,
                               @Nullable Integer setsDone, @Nullable PainScore during,
                               @Nullable PainScore nextMorning) {
        ExerciseId toeCurls = programme.content().exercises().getFirst().exercise();
        AccountId patient = db.patientLogin("amara.osei");
        return SessionLog.record(programme.id(), version, toeCurls, 1, day, completed, setsDone, during, nextMorning,
                completed ? "Towel slipped on the tiles." : "Too tired.", patient,
                day.atTime(19, 30).toInstant(ZoneOffset.UTC), TODAY);
    }
}
