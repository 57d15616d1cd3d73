package org.rehabrx.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditChain;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditSubject;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.patient.PatientId;

/**
 * A year of audit events, chained by the application's own {@link AuditChain}: clinicians signing in, opening
 * their caseload, patients and programmes of their care teams and logging sessions; the admin listing
 * accounts; now and then a failed sign-in with a name no account has.
 */
final class AuditLoad {

    private static final String COLUMNS = "sequence, occurred_at, actor_account_id, actor_username, actor_role, "
            + "action, patient_id, subject_type, subject_id, outcome, client_address, previous_hash, hash";

    private final Clinic clinic;
    private final List<Account> clinicians;
    private final Account admin;
    private final int patients;

    record Account(UUID id, String username, Role role) {
        Actor actor() {
            return Actor.account(new AccountId(id), new Username(username), role);
        }
    }

    AuditLoad(Clinic clinic, List<Account> clinicians, Account admin, int patients) {
        this.clinic = clinic;
        this.clinicians = clinicians;
        this.admin = admin;
        this.patients = patients;
    }

    void load(Connection connection, long events, long seed, PrintStream progress) throws SQLException {
        var random = new SplittableRandom(Ids.mix(seed ^ 0x6175646974L));
        var at = Clinic.TODAY.minusDays(370).atStartOfDay().toInstant(ZoneOffset.UTC);
        String previous = AuditChain.GENESIS;
        try (var copy = CopyTable.into(connection, "audit_event", COLUMNS, events, progress)) {
            for (long sequence = 1; sequence <= events; sequence++) {
                at = at.plusSeconds(1 + random.nextInt(315)).plusNanos(random.nextInt(1_000_000) * 1000L);
                var event = AuditChain.link(sequence, record(at, random), previous);
                copy.values(event.sequence(), event.occurredAt(),
                        event.actorAccount() == null ? null : event.actorAccount().value(), event.actorUsername(),
                        nameOf(event.actorRole()), event.action().name(),
                        event.patient() == null ? null : event.patient().value(), nameOf(event.subjectType()),
                        event.subjectId(), event.outcome().name(), event.clientAddress(), event.previousHash(),
                        event.hash());
                copy.endRow();
                previous = event.hash();
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT setval(pg_get_serial_sequence('audit_event', 'sequence'), " + events + ")");
        }
    }

    private AuditRecord record(Instant at, SplittableRandom random) {
        String address = "10.20." + random.nextInt(8) + "." + (2 + random.nextInt(250));
        int roll = random.nextInt(100);
        if (roll < 2) {
            return new AuditRecord(at, Actor.unknownAccount(), AuditAction.SIGN_IN_FAILED, null, null,
                    AuditOutcome.FAILED, address);
        }
        if (roll < 4) {
            var action = random.nextBoolean() ? AuditAction.ACCOUNTS_LISTED : AuditAction.AUDIT_EVENTS_VIEWED;
            return new AuditRecord(at, admin.actor(), action, null, null, AuditOutcome.SUCCESS, address);
        }
        if (roll < 24) {
            var clinician = clinicians.get(random.nextInt(clinicians.size()));
            var action = switch (random.nextInt(3)) {
                case 0 -> AuditAction.SIGN_IN;
                case 1 -> AuditAction.SIGN_OUT;
                default -> AuditAction.CASELOAD_VIEWED;
            };
            return new AuditRecord(at, clinician.actor(), action, null, null, AuditOutcome.SUCCESS, address);
        }
        int n = random.nextInt(patients);
        var history = clinic.patient(n);
        var clinician = accountOf(history.careTeam().get(random.nextInt(history.careTeam().size())));
        var patient = new PatientId(history.patient().id());
        if (roll < 60 || history.programmes().isEmpty()) {
            return new AuditRecord(at, clinician.actor(), AuditAction.PATIENT_RECORD_VIEWED, patient,
                    new AuditSubject(SubjectType.PATIENT, patient.value()), AuditOutcome.SUCCESS, address);
        }
        var programme = history.programmes().getLast();
        var action = switch (random.nextInt(4)) {
            case 0 -> AuditAction.PROGRAMME_VIEWED;
            case 1 -> AuditAction.SESSION_LOGS_VIEWED;
            case 2 -> AuditAction.HANDOUT_DOWNLOADED;
            default -> AuditAction.PROPOSALS_VIEWED;
        };
        return new AuditRecord(at, clinician.actor(), action, patient,
                new AuditSubject(SubjectType.PROGRAMME, programme.id()), AuditOutcome.SUCCESS, address);
    }

    private Account accountOf(UUID id) {
        for (var clinician : clinicians) {
            if (clinician.id().equals(id)) {
                return clinician;
            }
        }
        throw new IllegalStateException("Not a clinician: " + id);
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
