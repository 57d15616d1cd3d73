package org.rehabrx.db.progression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.ProposalStatus;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.shared.DosageColumns;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proposals with the logs they used. A new proposal is inserted only if its id is not stored yet; a stored
 * one is only ever reviewed: status, reviewer, time, accepted dosage and rejection reason change, what was
 * evaluated never does.
 */
public final class JdbcProposals implements Proposals {

    private static final DosageColumns FROM = DosageColumns.prefixed("from_");
    private static final DosageColumns TO = DosageColumns.prefixed("to_");
    private static final DosageColumns ACCEPTED = DosageColumns.prefixed("accepted_");

    private static final String SELECT = "SELECT p.id, p.programme_id, p.programme_number, p.exercise_id, p.kind, "
            + "p.from_level, p.to_level, p.reason, p.status, p.reviewed_by, p.reviewed_at, p.rejection, p.version, "
            + FROM.names() + ", " + TO.names() + ", " + ACCEPTED.names() + """
            ,
                   ARRAY(SELECT l.session_log_id FROM proposal_log l WHERE l.proposal_id = p.id
                          ORDER BY l.position) AS used_logs
              FROM proposal p
            """;

    private final JdbcClient jdbc;

    public JdbcProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Proposal> findById(ProposalId id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id.value())
                .query(JdbcProposals::proposal).optional();
    }

    @Override
    public List<Proposal> pendingFor(ProgrammeId programme) {
        return jdbc.sql(SELECT + """
                 WHERE p.programme_id = :programme AND p.status = 'PENDING'
                 ORDER BY p.created_at DESC, p.id
                """)
                .param("programme", programme.value())
                .query(JdbcProposals::proposal).list();
    }

    @Override
    public List<ProgrammeId> programmesWithPendingInCareOf(AccountId clinician) {
        return jdbc.sql("""
                SELECT p.programme_id
                  FROM proposal p
                  JOIN programme pr ON pr.id = p.programme_id
                  JOIN patient pa ON pa.id = pr.patient_id
                  JOIN patient_care_team t ON t.patient_id = pa.id
                 WHERE p.status = 'PENDING' AND pa.status = 'ACTIVE' AND t.clinician_id = :clinician
                 GROUP BY p.programme_id, pa.name
                 ORDER BY pa.name, p.programme_id
                """)
                .param("clinician", clinician.value())
                .query((row, number) -> new ProgrammeId(row.getObject("programme_id", UUID.class)))
                .list();
    }

    @Override
    public Proposal save(Proposal proposal) {
        return proposal.isNew() ? insert(proposal) : review(proposal);
    }

    private Proposal insert(Proposal proposal) {
        var values = values(proposal);
        values.put("programme_id", proposal.programme().value());
        values.put("programme_number", proposal.programmeVersion());
        values.put("exercise_id", proposal.exercise().value());
        values.put("kind", proposal.kind().name());
        values.put("from_level", proposal.fromLevel());
        values.put("to_level", proposal.toLevel());
        values.put("reason", proposal.reason());
        values.putAll(FROM.values(proposal.fromDosage()));
        values.putAll(TO.values(proposal.toDosage()));
        int inserted = jdbc.sql("INSERT INTO proposal (id, programme_id, programme_number, exercise_id, kind, "
                        + "from_level, to_level, reason, status, reviewed_by, reviewed_at, rejection, version, "
                        + FROM.names() + ", " + TO.names() + ", " + ACCEPTED.names() + ") "
                        + "VALUES (:id, :programme_id, :programme_number, :exercise_id, :kind, "
                        + ":from_level, :to_level, :reason, :status, :reviewed_by, :reviewed_at, :rejection, 1, "
                        + FROM.parameters() + ", " + TO.parameters() + ", " + ACCEPTED.parameters() + ") "
                        + "ON CONFLICT (id) DO NOTHING")
                .params(values)
                .update();
        if (inserted == 0) {
            return findById(proposal.id()).orElseThrow();
        }
        jdbc.sql("""
                INSERT INTO proposal_log (proposal_id, position, session_log_id)
                SELECT :id, position, log FROM unnest(:logs) WITH ORDINALITY AS l(log, position)
                """)
                .param("id", proposal.id().value())
                .param("logs", SqlArrays.uuids(proposal.usedLogs(), SessionLogId::value))
                .update();
        return proposal.storedAs(1);
    }

    private Proposal review(Proposal proposal) {
        int updated = jdbc.sql("UPDATE proposal SET status = :status, reviewed_by = :reviewed_by, "
                        + "reviewed_at = :reviewed_at, rejection = :rejection, " + ACCEPTED.assignments()
                        + ", version = version + 1, updated_at = now() WHERE id = :id AND version = :version")
                .params(values(proposal))
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Proposal", proposal.id().value(), proposal.version());
        }
        return proposal.storedAs(proposal.version() + 1);
    }

    /** The values of the columns a review changes, plus id and version. */
    private static Map<String, Object> values(Proposal proposal) {
        var review = proposal.review();
        var values = new HashMap<String, Object>();
        values.put("id", proposal.id().value());
        values.put("version", proposal.version());
        values.put("status", proposal.status().name());
        values.put("reviewed_by", SqlValues.uuid(review == null ? null : review.by().value()));
        values.put("reviewed_at", SqlValues.timestamp(review == null ? null : review.at()));
        values.put("rejection", review == null ? "" : review.rejection());
        values.putAll(ACCEPTED.values(review == null ? null : review.acceptedDosage()));
        return values;
    }

    private static Proposal proposal(ResultSet row, int rowNumber) throws SQLException {
        UUID reviewer = row.getObject("reviewed_by", UUID.class);
        Proposal.Review review = reviewer == null ? null : new Proposal.Review(new AccountId(reviewer),
                Timestamps.read(row, "reviewed_at"), ACCEPTED.readOptional(row), row.getString("rejection"));
        return new Proposal(
                new ProposalId(row.getObject("id", UUID.class)),
                new ProgrammeId(row.getObject("programme_id", UUID.class)),
                row.getInt("programme_number"),
                new ExerciseId(row.getObject("exercise_id", UUID.class)),
                ProposalKind.valueOf(row.getString("kind")),
                row.getInt("from_level"),
                FROM.read(row),
                row.getInt("to_level"),
                TO.read(row),
                row.getString("reason"),
                SqlArrays.readUuids(row, "used_logs").stream().map(SessionLogId::new).toList(),
                ProposalStatus.valueOf(row.getString("status")),
                review,
                row.getLong("version"));
    }
}
