package org.rehabrx.db.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgrammeWithHistory;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ClinicalFixtures.Scenario;
import org.rehabrx.db.ConcurrentSaves;
import org.springframework.dao.DataIntegrityViolationException;

class JdbcProgrammesTest {

    private static final Instant TUESDAY = MONDAY_MORNING.plus(Duration.ofDays(1));
    private static final Instant TWO_WEEKS_LATER = MONDAY_MORNING.plus(Duration.ofDays(14));
    private static final Instant FOUR_WEEKS_LATER = MONDAY_MORNING.plus(Duration.ofDays(28));

    private static ClinicalFixtures db;
    private final JdbcProgrammes programmes = new JdbcProgrammes(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void aProgrammeWithAllItsPartsRoundTrips() {
        var scenario = db.forefootScenario();

        var saved = programmes.save(scenario.draft());

        assertThat(saved.version()).isEqualTo(1);
        var found = programmes.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        var content = found.content();
        assertThat(content.exercises()).extracting(PrescribedExercise::exercise)
                .containsExactly(scenario.toeCurls().id(), scenario.warmFootSoak().id(), scenario.shortFoot().id());
        assertThat(content.exercises().getFirst().dosage()).isEqualTo(scenario.toeCurls().level(1).defaultDosage());
        assertThat(content.exercises().getFirst().clinicianNote()).isEqualTo("Start gently; toe curls before breakfast.");
        assertThat(content.orthoticNotes()).containsExactly(ClinicalFixtures.metatarsalPad(),
                ClinicalFixtures.rockerSoleShoes());
        assertThat(content.educationBlocks()).containsExactlyElementsOf(scenario.blocks());
        assertThat(content.rules()).isEqualTo(ClinicalFixtures.CAUTIOUS_RULES);
        assertThat(content.baselinePain()).isEqualTo(PainScore.of(3));
        assertThat(content.acknowledgements()).singleElement().satisfies(acknowledgement -> {
            assertThat(acknowledgement.exercise()).isEqualTo(scenario.warmFootSoak().id());
            assertThat(acknowledgement.flag()).isEqualTo(HealthFlag.REDUCED_FOOT_SENSATION);
            assertThat(acknowledgement.by()).isEqualTo(scenario.clinician());
            assertThat(acknowledgement.at()).isEqualTo(MONDAY_MORNING);
        });
        assertThat(found.current().createdBy()).isEqualTo(scenario.clinician());
        assertThat(found.current().createdAt()).isEqualTo(MONDAY_MORNING);
        assertThat(programmes.findVersion(saved.id(), 1)).contains(saved.current());
        assertThat(programmes.history(saved.id())).containsExactly(saved.current());
    }

    @Test
    void anUnknownProgrammeOrVersionIsNotFound() {
        var saved = programmes.save(db.forefootScenario().draft());

        assertThat(programmes.findById(ProgrammeId.newId())).isEmpty();
        assertThat(programmes.history(ProgrammeId.newId())).isEmpty();
        assertThat(programmes.findVersion(saved.id(), 2)).isEmpty();
        assertThat(programmes.forPatient(PatientId.newId())).isEmpty();
    }

    @Test
    void editingADraftRewritesItInPlace() {
        var scenario = db.forefootScenario();
        var saved = programmes.save(scenario.draft());
        var withoutSoak = contentWithout(saved.content(), scenario.warmFootSoak().id());

        var edited = programmes.save(saved.changed(withoutSoak, List.of(), scenario.clinician(), TUESDAY));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(programmes.findById(saved.id())).contains(edited);
        assertThat(programmes.history(saved.id()))
                .containsExactly(new ProgrammeVersion(1, ProgrammeStatus.DRAFT, withoutSoak, scenario.clinician(),
                        TUESDAY));
        assertThat(db.rows("prescribed_exercise", "programme_id = ?", saved.id().value())).isEqualTo(2);
        assertThat(db.rows("caution_acknowledgement", "programme_id = ?", saved.id().value())).isZero();
    }

    @Test
    void everyRevisionAddsAVersionAndEarlierVersionsKeepTheirContent() {
        var scenario = db.forefootScenario();
        var colleague = db.clinician("sam.okafor");
        var draft = programmes.save(scenario.draft());
        var firstContent = draft.content();
        var active = programmes.save(activated(scenario, draft, MONDAY_MORNING));
        var secondContent = firstContent.withExerciseAt(scenario.toeCurls().id(), 2,
                scenario.toeCurls().level(2).defaultDosage());
        var revised = programmes.save(active.changed(secondContent, scenario.cautions(secondContent),
                scenario.clinician(), TWO_WEEKS_LATER));
        var thirdContent = secondContent.withExerciseAt(scenario.shortFoot().id(), 2,
                scenario.shortFoot().level(2).defaultDosage());

        var revisedAgain = programmes.save(revised.changed(thirdContent, scenario.cautions(thirdContent), colleague,
                FOUR_WEEKS_LATER));

        assertThat(revisedAgain.number()).isEqualTo(3);
        assertThat(revisedAgain.version()).isEqualTo(4);
        var history = programmes.history(draft.id());
        assertThat(history).containsExactly(
                new ProgrammeVersion(1, ProgrammeStatus.SUPERSEDED, firstContent, scenario.clinician(),
                        MONDAY_MORNING),
                new ProgrammeVersion(2, ProgrammeStatus.SUPERSEDED, secondContent, scenario.clinician(),
                        TWO_WEEKS_LATER),
                new ProgrammeVersion(3, ProgrammeStatus.ACTIVE, thirdContent, colleague, FOUR_WEEKS_LATER));
        assertThat(history.get(0).content().exercises().getFirst().level()).isEqualTo(1);
        assertThat(history.get(1).content().exercises().getFirst().level()).isEqualTo(2);
        assertThat(programmes.findVersion(draft.id(), 2)).contains(history.get(1));
        assertThat(programmes.findById(draft.id())).contains(revisedAgain);
    }

    @Test
    void completingAProgrammeChangesOnlyTheStatusOfItsCurrentVersion() {
        var scenario = db.forefootScenario();
        var active = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));

        var completed = programmes.save(active.completed());

        var stored = programmes.findById(active.id()).orElseThrow();
        assertThat(stored).isEqualTo(completed);
        assertThat(stored.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(stored.content()).isEqualTo(active.content());
        assertThat(programmes.history(active.id())).extracting(ProgrammeVersion::status)
                .containsExactly(ProgrammeStatus.COMPLETED);
    }

    @Test
    void aPatientsProgrammesComeNewestFirstWithTheirCurrentVersions() {
        var scenario = db.forefootScenario();
        var first = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));
        var firstRevised = programmes.save(first.changed(
                first.content().withExerciseAt(scenario.toeCurls().id(), 2, scenario.toeCurls().level(2)
                        .defaultDosage()),
                scenario.cautions(first.content()), scenario.clinician(), TWO_WEEKS_LATER));
        var second = programmes.save(Programme.draft(scenario.patient().id(), scenario.clinician(),
                contentWithout(scenario.draft().content(), scenario.warmFootSoak().id()), FOUR_WEEKS_LATER));
        programmes.save(db.forefootScenario().draft());

        var forPatient = programmes.forPatient(scenario.patient().id());

        assertThat(forPatient).containsExactly(second, firstRevised);
        assertThat(forPatient.get(1).number()).isEqualTo(2);
    }

    @Test
    void aPatientsProgrammesComeWithTheirHistoriesAsForPatientAndHistoryGiveThem() {
        var scenario = db.forefootScenario();
        var first = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));
        programmes.save(first.changed(
                first.content().withExerciseAt(scenario.toeCurls().id(), 2, scenario.toeCurls().level(2)
                        .defaultDosage()),
                scenario.cautions(first.content()), scenario.clinician(), TWO_WEEKS_LATER));
        var second = programmes.save(Programme.draft(scenario.patient().id(), scenario.clinician(),
                contentWithout(scenario.draft().content(), scenario.warmFootSoak().id()), FOUR_WEEKS_LATER));
        programmes.save(db.forefootScenario().draft());

        var withHistories = programmes.forPatientWithHistories(scenario.patient().id());

        assertThat(withHistories).extracting(ProgrammeWithHistory::programme)
                .containsExactlyElementsOf(programmes.forPatient(scenario.patient().id()));
        assertThat(withHistories).extracting(ProgrammeWithHistory::history)
                .containsExactly(programmes.history(second.id()), programmes.history(first.id()));
        assertThat(withHistories.get(1).history()).hasSize(2);
        assertThat(programmes.forPatientWithHistories(PatientId.newId())).isEmpty();
    }

    @Test
    void ofTwoConcurrentRevisionsOnlyTheFirstIsStoredAndTheSecondIsToldSo() throws InterruptedException {
        var scenario = db.forefootScenario();
        var active = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));
        var bothLoaded = programmes.findById(active.id()).orElseThrow();
        var toeCurlsUp = bothLoaded.content().withExerciseAt(scenario.toeCurls().id(), 2,
                scenario.toeCurls().level(2).defaultDosage());
        var shortFootUp = bothLoaded.content().withExerciseAt(scenario.shortFoot().id(), 2,
                scenario.shortFoot().level(2).defaultDosage());
        var colleague = db.clinician("sam.okafor");

        var outcome = ConcurrentSaves.race(db,
                () -> programmes.save(bothLoaded.changed(toeCurlsUp, scenario.cautions(toeCurlsUp),
                        scenario.clinician(), TWO_WEEKS_LATER)),
                () -> programmes.save(bothLoaded.changed(shortFootUp, scenario.cautions(shortFootUp), colleague,
                        TWO_WEEKS_LATER)));

        assertThat(outcome.firstFailure()).isNull();
        assertThat(outcome.secondFailure()).isInstanceOf(ConcurrentChangeException.class);
        assertThat(outcome.secondWaitedForLock()).isTrue();
        var stored = programmes.findById(active.id()).orElseThrow();
        assertThat(stored).isEqualTo(outcome.first());
        assertThat(stored.content()).isEqualTo(toeCurlsUp);
        assertThat(programmes.history(active.id())).extracting(ProgrammeVersion::number, ProgrammeVersion::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ProgrammeStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, ProgrammeStatus.ACTIVE));
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefused() {
        var scenario = db.forefootScenario();
        var draft = programmes.save(scenario.draft());
        var active = programmes.save(activated(scenario, draft, MONDAY_MORNING));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> programmes.save(activated(scenario, draft, TUESDAY)));
        assertThat(programmes.findById(draft.id())).contains(active);
    }

    @Test
    void aNewProgrammeWhoseLastExerciseIsMissingFromTheLibraryLeavesNothingBehind() {
        var scenario = db.forefootScenario();
        var content = scenario.draft().content();
        var exercises = new ArrayList<>(content.exercises());
        exercises.add(new PrescribedExercise(ExerciseId.newId(), 1, exercises.getFirst().dosage(), "Deleted meanwhile"));
        var broken = Programme.draft(scenario.patient().id(), scenario.clinician(), withExercises(content, exercises),
                MONDAY_MORNING);

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(tx -> programmes.save(broken)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("prescribed_exercise_exercise_fk");
        for (var table : List.of("prescribed_exercise", "programme_orthotic_note", "programme_education_block",
                "caution_acknowledgement", "programme_version")) {
            assertThat(db.rows(table, "programme_id = ?", broken.id().value())).as(table).isZero();
        }
        assertThat(db.rows("programme", "id = ?", broken.id().value())).isZero();
        assertThat(programmes.findById(broken.id())).isEmpty();
    }

    @Test
    void aRevisionThatFailsHalfwayLeavesTheActiveVersionAsItWas() {
        var scenario = db.forefootScenario();
        var active = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));
        var exercises = new ArrayList<>(active.content().exercises());
        exercises.add(new PrescribedExercise(ExerciseId.newId(), 1, exercises.getFirst().dosage(), ""));
        var broken = active.changed(withExercises(active.content(), exercises), List.of(), scenario.clinician(),
                TWO_WEEKS_LATER);

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(tx -> programmes.save(broken)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(programmes.findById(active.id())).contains(active);
        assertThat(programmes.history(active.id())).containsExactly(active.current());
    }

    @Test
    void theDatabaseRefusesASecondActiveVersion() {
        var scenario = db.forefootScenario();
        var active = programmes.save(activated(scenario, programmes.save(scenario.draft()), MONDAY_MORNING));

        assertThatThrownBy(() -> db.jdbc().sql("""
                INSERT INTO programme_version
                SELECT programme_id, 2, status, title, goal, start_date, review_date, sessions_required,
                       advance_max_pain, hold_max_pain, reps_step, hold_step_seconds, duration_step_minutes,
                       reps_cap, hold_cap_seconds, duration_cap_minutes, baseline_pain, created_by, created_at
                  FROM programme_version WHERE programme_id = ?
                """).param(active.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("programme_version_one_active_ux");
    }

    private static Programme activated(Scenario scenario, Programme draft, Instant at) {
        return draft.activated(scenario.cautions(draft.content()), scenario.clinician(), at);
    }

    private static ProgrammeContent contentWithout(ProgrammeContent content, ExerciseId exercise) {
        var kept = content.exercises().stream().filter(prescribed -> !prescribed.exercise().equals(exercise))
                .toList();
        var acknowledgements = content.acknowledgements().stream()
                .filter(acknowledgement -> !acknowledgement.exercise().equals(exercise)).toList();
        return new ProgrammeContent(content.title(), content.goal(), content.startDate(), content.reviewDate(), kept,
                content.orthoticNotes(), content.educationBlocks(), ProgressionRules.PAIN_MONITORING_MODEL,
                content.baselinePain(), acknowledgements);
    }

    private static ProgrammeContent withExercises(ProgrammeContent content, List<PrescribedExercise> exercises) {
        return new ProgrammeContent(content.title(), content.goal(), content.startDate(), content.reviewDate(),
                exercises, content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }
}
