package org.rehabrx.db.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditChain;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every append runs in a transaction of its own, so that an audit event stays recorded when the work it
 * describes is rolled back, and so that its advisory lock is held until the new event is committed.
 */
public final class JdbcAuditTrail implements AuditTrail {

    /** The advisory lock key that serialises appends ("audit" in ASCII); no other code takes it. */
    private static final long APPEND_LOCK = 0x6175646974L;
    private static final String COLUMNS = "sequence, occurred_at, actor_account_id, actor_username, actor_role, "
            + "action, patient_id, subject_type, subject_id, outcome, client_address, previous_hash, hash";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public AuditEvent append(AuditRecord record) {
        var appended = ownTransaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().listOfRows();
            var next = jdbc.sql("""
                    SELECT (SELECT hash FROM audit_event ORDER BY sequence DESC LIMIT 1) AS previous,
                           nextval(pg_get_serial_sequence('audit_event', 'sequence')) AS sequence""")
                    .query((row, rowNumber) -> new Link(row.getLong("sequence"), row.getString("previous")))
                    .single();
            var event = AuditChain.link(next.sequence(), record,
                    next.previous() == null ? AuditChain.GENESIS : next.previous());
            insert(event);
            return event;
        });
        if (appended == null) {
            throw new IllegalStateException("The audit event was not appended");
        }
        return appended;
    }

    /** The next sequence number with the hash of the newest event, if there is one, read together. */
    private record Link(long sequence, @Nullable String previous) {
    }

    private void insert(AuditEvent event) {
        jdbc.sql("INSERT INTO audit_event (" + COLUMNS + ") VALUES (:sequence, :occurredAt, :actorAccount, "
                        + ":actorUsername, :actorRole, :action, :patient, :subjectType, :subjectId, :outcome, "
                        + ":clientAddress, :previousHash, :hash)")
                .param("sequence", event.sequence())
                .param("occurredAt", Timestamps.of(event.occurredAt()))
                .param("actorAccount", event.actorAccount() == null ? null : event.actorAccount().value())
                .param("actorUsername", event.actorUsername())
                .param("actorRole", nameOf(event.actorRole()))
                .param("action", event.action().name())
                .param("patient", event.patient() == null ? null : event.patient().value())
                .param("subjectType", nameOf(event.subjectType()))
                .param("subjectId", event.subjectId())
                .param("outcome", event.outcome().name())
                .param("clientAddress", event.clientAddress())
                .param("previousHash", event.previousHash())
                .param("hash", event.hash())
                .update();
    }

    @Override
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        var where = new Where(query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql()
                        + " ORDER BY sequence DESC OFFSET :offset LIMIT :limit")
                .params(where.parameters())
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAuditTrail::event)
                .list();
    }

    @Override
    public long count(AuditQuery query) {
        var where = new Where(query);
        return jdbc.sql("SELECT count(*) FROM audit_event" + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single();
    }

    @Override
    public List<AuditEvent> chainAfter(long sequence, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE sequence > ? ORDER BY sequence LIMIT ?")
                .params(sequence, limit)
                .query(JdbcAuditTrail::event)
                .list();
    }

    /** The conditions of a query; criteria left open add none. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(AuditQuery query) {
            if (query.actor() != null) {
                add("actor_account_id = :actor", "actor", query.actor().value());
            }
            if (query.patient() != null) {
                add("patient_id = :patient", "patient", query.patient().value());
            }
            if (query.action() != null) {
                add("action = :action", "action", query.action().name());
            }
            if (query.from() != null) {
                add("occurred_at >= :from", "from", Timestamps.of(query.from()));
            }
            if (query.until() != null) {
                add("occurred_at < :until", "until", Timestamps.of(query.until()));
            }
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Map<String, ?> parameters() {
            return parameters;
        }
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        var account = row.getObject("actor_account_id", UUID.class);
        var role = row.getString("actor_role");
        var patient = row.getObject("patient_id", UUID.class);
        var subjectType = row.getString("subject_type");
        return new AuditEvent(
                row.getLong("sequence"),
                Timestamps.read(row, "occurred_at"),
                account == null ? null : new AccountId(account),
                row.getString("actor_username"),
                role == null ? null : Role.valueOf(role),
                AuditAction.valueOf(row.getString("action")),
                patient == null ? null : new PatientId(patient),
                subjectType == null ? null : SubjectType.valueOf(subjectType),
                row.getObject("subject_id", UUID.class),
                AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("client_address"),
                row.getString("previous_hash"),
                row.getString("hash"));
    }
}
