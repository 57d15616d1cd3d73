package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.rehabrx.core.progression.ForefootFixtures.BASELINE;
import static org.rehabrx.core.progression.ForefootFixtures.DEFAULT_RULES;
import static org.rehabrx.core.progression.ForefootFixtures.LIBRARY;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.SHORT_FOOT_HOLD;
import static org.rehabrx.core.progression.ForefootFixtures.TOE_CURLS;
import static org.rehabrx.core.progression.ForefootFixtures.done;
import static org.rehabrx.core.progression.ForefootFixtures.prescribed;
import static org.rehabrx.core.progression.ForefootFixtures.version;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditChain;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ReviewRefreshTest {

    private static final Clock NIGHT = Clock.fixed(Instant.parse("2026-03-07T02:30:00Z"), ZoneOffset.UTC);

    private final List<ProgrammeEvidence> active = new ArrayList<>();
    private final List<Proposal> stored = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private NewProposals store = proposals -> {
        var missing = proposals.stream().filter(proposal -> !stored.contains(proposal)).toList();
        stored.addAll(missing);
        return missing.size();
    };

    private ReviewRefresh refresh() {
        ActiveProgrammeEvidence evidence = consumer -> active.forEach(consumer);
        return new ReviewRefresh(evidence, new Library(), proposals -> store.storeMissing(proposals),
                new RecordedAudit(), NIGHT);
    }

    @Test
    void storesWhatTheLogsCallForAndNeverStoresNotEnoughLogs() {
        var logs = List.of(done(TOE_CURLS, 1, "2026-03-02", 2, 1), done(TOE_CURLS, 1, "2026-03-04", 3, 2),
                done(TOE_CURLS, 1, "2026-03-06", 1, 0));
        active.add(evidence(PROGRAMME, logs, Set.of()));

        var tally = refresh().run();

        assertThat(stored).singleElement().satisfies(proposal -> {
            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.exercise()).isEqualTo(TOE_CURLS.id());
        });
        assertThat(tally).isEqualTo(new RefreshTally(1, 0, 1, 1, Duration.ZERO));
    }

    @Test
    void passesOverWhatWasProposedBeforeWithoutAskingTheStore() {
        var logs = List.of(done(TOE_CURLS, 1, "2026-03-02", 2, 1), done(TOE_CURLS, 1, "2026-03-04", 3, 2),
                done(TOE_CURLS, 1, "2026-03-06", 1, 0));
        var proposedBefore = ProgressionEngine.evaluate(evidence(PROGRAMME, logs, Set.of()), LIBRARY).stream()
                .filter(proposal -> proposal.kind() == ProposalKind.ADVANCE).map(Proposal::id).toList();
        active.add(evidence(PROGRAMME, logs, Set.copyOf(proposedBefore)));
        store = proposals -> {
            throw new AssertionError("nothing is new, so nothing is stored: " + proposals.size());
        };

        var tally = refresh().run();

        assertThat(tally.proposals()).isEqualTo(1);
        assertThat(tally.created()).isZero();
    }

    @Test
    void storesInBatchesAndCountsOnlyWhatTheStoreAdded() {
        var logs = new ArrayList<SessionLog>();
        for (int programme = 0; programme < ReviewRefresh.WRITE_BATCH + 1; programme++) {
            var id = new ProgrammeId(new UUID(0xA, programme));
            for (var date : List.of("2026-03-02", "2026-03-04", "2026-03-06")) {
                logs.add(ForefootFixtures.log(id, TOE_CURLS, 1, date, true, PainScore.of(2),
                        PainScore.of(1)));
            }
            active.add(evidence(id, logs.subList(logs.size() - 3, logs.size()), Set.of()));
        }
        var batches = new ArrayList<Integer>();
        store = proposals -> {
            batches.add(proposals.size());
            return proposals.size() - 1;
        };

        var tally = refresh().run();

        assertThat(batches).containsExactly(ReviewRefresh.WRITE_BATCH, 1);
        assertThat(tally.proposals()).isEqualTo(ReviewRefresh.WRITE_BATCH + 1);
        assertThat(tally.created()).isEqualTo(ReviewRefresh.WRITE_BATCH - 1);
    }

    @Test
    void aProgrammeTheEngineCannotEvaluateIsSkippedAndTheOthersStillGetTheirProposals() {
        var atMissingLevel = new ProgrammeEvidence(new ProgrammeId(new UUID(0xB, 1)),
                List.of(new VersionPrescription(1, List.of(prescribed(TOE_CURLS, 1, Side.LEFT).at(9,
                        TOE_CURLS.level(1).defaultDosage())))), DEFAULT_RULES, BASELINE, List.of(), Set.of());
        active.add(atMissingLevel);
        active.add(evidence(PROGRAMME, List.of(done(TOE_CURLS, 1, "2026-03-06", 8, 2)), Set.of()));

        var tally = refresh().run();

        assertThat(tally.programmes()).isEqualTo(2);
        assertThat(tally.skipped()).isEqualTo(1);
        assertThat(stored).singleElement().extracting(Proposal::kind).isEqualTo(ProposalKind.STEP_BACK);
    }

    @Test
    void eachRunIsOneAuditEventByTheSystemNamingNoPatient() {
        active.add(evidence(PROGRAMME, List.of(), Set.of()));

        refresh().run();

        assertThat(audited).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo(Actor.system());
            assertThat(record.action()).isEqualTo(AuditAction.PROGRESSION_REFRESHED);
            assertThat(record.patient()).isNull();
            assertThat(record.subject()).isNull();
            assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void aRunThatFailsIsRecordedAsFailedAndTheFailureGoesOn() {
        active.add(evidence(PROGRAMME, List.of(done(TOE_CURLS, 1, "2026-03-06", 8, 2)), Set.of()));
        store = proposals -> {
            throw new IllegalStateException("the database went away");
        };

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> refresh().run());
        assertThat(audited).singleElement().extracting(AuditRecord::outcome).isEqualTo(AuditOutcome.FAILED);
    }

    private static ProgrammeEvidence evidence(ProgrammeId programme, List<SessionLog> logs, Set<ProposalId> proposed) {
        var relabelled = logs.stream().map(log -> new SessionLog(log.id(), programme, log.programmeVersion(),
                log.exercise(), log.level(), log.date(), log.completed(), log.setsDone(), log.painDuring(),
                log.painNextMorning(), log.comment(), log.enteredBy(), log.enteredAt(), log.version())).toList();
        var current = version(prescribed(TOE_CURLS, 1, Side.LEFT), prescribed(SHORT_FOOT_HOLD, 1, Side.LEFT));
        return new ProgrammeEvidence(programme, List.of(VersionPrescription.of(current)), DEFAULT_RULES, BASELINE,
                relabelled, proposed);
    }

    /** The fixtures' library, read only by id as the refresh reads it. */
    private static final class Library implements Exercises {

        @Override
        public List<Exercise> findAllById(Collection<ExerciseId> ids) {
            return ids.stream().map(LIBRARY::get).filter(Objects::nonNull).toList();
        }

        @Override
        public List<Exercise> findAllWithOriginals(Collection<ExerciseId> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Exercise> findById(ExerciseId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Exercise> findByKey(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Exercise> availableTo(AccountId clinician) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Exercise save(Exercise exercise) {
            throw new UnsupportedOperationException();
        }
    }

    private final class RecordedAudit implements AuditTrail {

        @Override
        public AuditEvent append(AuditRecord record) {
            audited.add(record);
            return AuditChain.link(audited.size(), record, AuditChain.GENESIS);
        }

        @Override
        public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEvent> chainAfter(long sequence, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
