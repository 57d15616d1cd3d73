package org.rehabrx.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditChain;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditSubject;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.ChainVerification;
import org.rehabrx.core.audit.ChainVerification.Reason;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.db.ClinicalFixtures;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Most tests share one database and look only at the events they appended. A test that tampers with the chain,
 * or needs to see all of it, gets a database of its own.
 */
class JdbcAuditTrailTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T08:30:00.123456789Z");

    private static ClinicalFixtures shared;

    private ClinicalFixtures db;
    private JdbcAuditTrail trail;
    private final Actor clinician = Actor.account(AccountId.newId(), new Username("maria.lopez"), Role.CLINICIAN);
    private final PatientId patient = PatientId.newId();

    @BeforeAll
    static void migrate() {
        shared = ClinicalFixtures.inFreshDatabase();
    }

    @BeforeEach
    void sharedDatabase() {
        use(shared);
    }

    private void use(ClinicalFixtures database) {
        db = database;
        trail = new JdbcAuditTrail(db.jdbc(), new DataSourceTransactionManager(db.dataSource()));
    }

    private long newest() {
        var newest = trail.search(AuditQuery.ALL, 0, 1);
        return newest.isEmpty() ? Long.MIN_VALUE : newest.getFirst().sequence();
    }

    @Test
    void appendedEventsReadBackExactlyAndTheChainVerifies() {
        use(ClinicalFixtures.inFreshDatabase());
        assertThat(trail.verify()).as("an empty trail is intact").isEqualTo(new ChainVerification(0, null));

        var first = trail.append(new AuditRecord(MORNING, Actor.unknownAccount(), AuditAction.SIGN_IN_FAILED, null,
                null, AuditOutcome.DENIED, "192.0.2.7"));
        var second = trail.append(viewed(MORNING.plusSeconds(60)));

        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(trail.chainAfter(Long.MIN_VALUE, 10)).containsExactly(first, second);
        assertThat(trail.verify()).isEqualTo(new ChainVerification(2, null));
    }

    @Test
    void anAppendInsideATransactionThatRollsBackIsKept() {
        db.transactions().execute(status -> {
            trail.append(viewed(MORNING));
            status.setRollbackOnly();
            return null;
        });

        assertThat(trail.count(AuditQuery.ofPatient(patient))).isOne();
    }

    @Test
    void searchFiltersByActorPatientActionAndPeriodNewestFirst() {
        long before = newest();
        var otherPatient = PatientId.newId();
        var colleague = Actor.account(AccountId.newId(), new Username("sam.okafor"), Role.CLINICIAN);
        var early = trail.append(viewed(MORNING));
        var other = trail.append(new AuditRecord(MORNING.plusSeconds(60), colleague, AuditAction.PATIENT_RECORD_VIEWED,
                otherPatient, null, AuditOutcome.DENIED, "192.0.2.8"));
        var logged = trail.append(new AuditRecord(MORNING.plusSeconds(120), clinician, AuditAction.SESSION_LOGGED,
                patient, null, AuditOutcome.SUCCESS, "192.0.2.7"));
        var late = trail.append(viewed(MORNING.plusSeconds(180)));

        assertThat(trail.search(AuditQuery.ALL, 0, 4)).containsExactly(late, logged, other, early);
        assertThat(trail.search(AuditQuery.ALL, 1, 2)).containsExactly(logged, other);
        assertThat(trail.chainAfter(before, 10)).containsExactly(early, other, logged, late);
        assertThat(trail.search(new AuditQuery(clinician.account(), null, null, null, null), 0, 10))
                .containsExactly(late, logged, early);
        assertThat(trail.search(AuditQuery.ofPatient(otherPatient), 0, 10)).containsExactly(other);
        assertThat(trail.search(new AuditQuery(null, patient, AuditAction.PATIENT_RECORD_VIEWED, null, null), 0, 10))
                .containsExactly(late, early);
        var period = new AuditQuery(null, null, null, other.occurredAt(), late.occurredAt());
        assertThat(trail.search(period, 0, 10)).containsSubsequence(logged, other).doesNotContain(early, late);
        var periodOfThePatient = new AuditQuery(null, patient, null, early.occurredAt(), late.occurredAt());
        assertThat(trail.search(periodOfThePatient, 0, 10)).containsExactly(logged, early);
        assertThat(trail.count(periodOfThePatient)).isEqualTo(2);
        assertThat(trail.count(AuditQuery.ofPatient(patient))).isEqualTo(3);
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        long before = newest();
        int threads = 4;
        int perThread = 25;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var appends = new ArrayList<Future<List<AuditEvent>>>();
            for (int t = 0; t < threads; t++) {
                appends.add(pool.submit((Callable<List<AuditEvent>>) () -> {
                    start.await();
                    var appended = new ArrayList<AuditEvent>();
                    for (int i = 0; i < perThread; i++) {
                        appended.add(trail.append(viewed(Instant.now())));
                    }
                    return appended;
                }));
            }
            start.countDown();
            for (var append : appends) {
                assertThat(append.get(Duration.ofSeconds(60).toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                        .hasSize(perThread);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * perThread;
        assertThat(trail.chainAfter(before, 1_000)).hasSize(total);
        assertThat(db.jdbc().sql("SELECT count(DISTINCT previous_hash) = count(*) FROM audit_event")
                .query(Boolean.class).single()).as("every event follows a different one").isTrue();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeRemoveOrTruncateAuditEvents() {
        var event = trail.append(viewed(MORNING));

        assertThatThrownBy(() -> db.jdbc().sql("UPDATE audit_event SET outcome = 'DENIED' WHERE sequence = ?")
                .param(event.sequence()).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbc().sql("DELETE FROM audit_event WHERE sequence = ?")
                .param(event.sequence()).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbc().sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThat(trail.chainAfter(Long.MIN_VALUE, 10)).containsExactly(event);
    }

    @Test
    void aFieldChangedBehindTheTriggersBackIsReportedAtThatEvent() {
        use(ClinicalFixtures.inFreshDatabase());
        var events = appendSix();
        var tampered = events.get(3);

        asDatabaseAdministrator("UPDATE audit_event SET actor_username = 'someone.else' WHERE sequence = "
                + tampered.sequence());

        assertThat(trail.verify()).isEqualTo(new ChainVerification(4,
                new ChainVerification.BrokenLink(tampered.sequence(), Reason.CONTENT_CHANGED)));
    }

    @Test
    void aRemovedEventIsReportedAtTheEventAfterIt() {
        use(ClinicalFixtures.inFreshDatabase());
        var events = appendSix();

        asDatabaseAdministrator("DELETE FROM audit_event WHERE sequence = " + events.get(2).sequence());

        assertThat(trail.verify().firstBrokenLink()).isEqualTo(
                new ChainVerification.BrokenLink(events.get(3).sequence(), Reason.PREVIOUS_EVENT_MISSING_OR_CHANGED));
    }

    @Test
    void verificationReadsAChainLongerThanOneBatch() {
        use(ClinicalFixtures.inFreshDatabase());
        int total = AuditTrail.VERIFICATION_BATCH + 3;
        db.transactions().execute(status -> {
            for (int i = 0; i < total; i++) {
                trail.append(viewed(MORNING.plusSeconds(i)));
            }
            return null;
        });
        var last = trail.search(AuditQuery.ALL, 0, 1).getFirst();

        asDatabaseAdministrator("UPDATE audit_event SET client_address = '203.0.113.1' WHERE sequence = "
                + last.sequence());

        assertThat(trail.verify()).isEqualTo(new ChainVerification(total,
                new ChainVerification.BrokenLink(last.sequence(), Reason.CONTENT_CHANGED)));
    }

    private List<AuditEvent> appendSix() {
        var events = new ArrayList<AuditEvent>();
        for (int i = 0; i < 6; i++) {
            events.add(trail.append(viewed(MORNING.plusSeconds(i))));
        }
        assertThat(trail.verify().intact()).isTrue();
        return events;
    }

    /** As a superuser can: with triggers switched off for this transaction only. */
    private void asDatabaseAdministrator(String statement) {
        db.transactions().execute(status -> {
            db.jdbc().sql("SET LOCAL session_replication_role = replica").update();
            return db.jdbc().sql(statement).update();
        });
    }

    private AuditRecord viewed(Instant at) {
        return new AuditRecord(at, clinician, AuditAction.PATIENT_RECORD_VIEWED, patient,
                new AuditSubject(SubjectType.PATIENT, patient.value()), AuditOutcome.SUCCESS, "192.0.2.7");
    }
}
