package org.rehabrx.db.sessionlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.shared.SqlValues;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcSessionLogs implements SessionLogs {

    /** The columns {@link #read} needs, unqualified. */
    public static final String COLUMNS = "id, programme_id, programme_number, exercise_id, level, log_date, completed, "
            + "sets_done, pain_during, pain_next_morning, comment, entered_by, entered_at, version";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM session_log ";

    private final JdbcClient jdbc;

    public JdbcSessionLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SessionLog> findById(SessionLogId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value())
                .query(JdbcSessionLogs::log).optional();
    }

    /** Oldest day first; logs of one day in the order they were entered. */
    @Override
    public List<SessionLog> forProgramme(ProgrammeId programme) {
        return jdbc.sql(SELECT + " WHERE programme_id = :programme ORDER BY log_date, entered_at, id")
                .param("programme", programme.value())
                .query(JdbcSessionLogs::log).list();
    }

    @Override
    public List<SessionLog> recentOf(ProgrammeId programme, int latest, LocalDate since) {
        return jdbc.sql(SELECT + """
                 WHERE programme_id = :programme
                   AND (log_date >= :since
                        OR id IN (SELECT id FROM session_log WHERE programme_id = :programme
                                   ORDER BY log_date DESC, entered_at DESC, id DESC LIMIT :latest))
                 ORDER BY log_date, entered_at, id""")
                .param("programme", programme.value())
                .param("since", since)
                .param("latest", latest)
                .query(JdbcSessionLogs::log).list();
    }

    @Override
    public SessionLog save(SessionLog log) {
        if (log.isNew()) {
            jdbc.sql("""
                    INSERT INTO session_log (id, programme_id, programme_number, exercise_id, level, log_date,
                                             completed, sets_done, pain_during, pain_next_morning, comment,
                                             entered_by, entered_at, version)
                    VALUES (:id, :programme_id, :programme_number, :exercise_id, :level, :log_date,
                            :completed, :sets_done, :pain_during, :pain_next_morning, :comment,
                            :entered_by, :entered_at, 1)
                    """)
                    .params(values(log))
                    .update();
            return log.storedAs(1);
        }
        int updated = jdbc.sql("""
                UPDATE session_log
                   SET programme_id = :programme_id, programme_number = :programme_number,
                       exercise_id = :exercise_id, level = :level, log_date = :log_date, completed = :completed,
                       sets_done = :sets_done, pain_during = :pain_during, pain_next_morning = :pain_next_morning,
                       comment = :comment, entered_by = :entered_by, entered_at = :entered_at,
                       version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
                .params(values(log))
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Session log", log.id().value(), log.version());
        }
        return log.storedAs(log.version() + 1);
    }

    private static Map<String, Object> values(SessionLog log) {
        var values = new HashMap<String, Object>();
        values.put("id", log.id().value());
        values.put("programme_id", log.programme().value());
        values.put("programme_number", log.programmeVersion());
        values.put("exercise_id", log.exercise().value());
        values.put("level", log.level());
        values.put("log_date", log.date());
        values.put("completed", log.completed());
        values.put("sets_done", SqlValues.integer(log.setsDone()));
        values.put("pain_during", SqlValues.integer(value(log.painDuring())));
        values.put("pain_next_morning", SqlValues.integer(value(log.painNextMorning())));
        values.put("comment", log.comment());
        values.put("entered_by", log.enteredBy().value());
        values.put("entered_at", SqlValues.timestamp(log.enteredAt()));
        values.put("version", log.version());
        return values;
    }

    private static @Nullable Integer value(@Nullable PainScore pain) {
        return pain == null ? null : pain.value();
    }

    private static @Nullable PainScore pain(ResultSet row, String column) throws SQLException {
        Integer value = row.getObject(column, Integer.class);
        return value == null ? null : PainScore.of(value);
    }

    private static SessionLog log(ResultSet row, int rowNumber) throws SQLException {
        return read(row);
    }

    /** The session log of the current row, read from {@link #COLUMNS}. */
    public static SessionLog read(ResultSet row) throws SQLException {
        return new SessionLog(
                new SessionLogId(row.getObject("id", UUID.class)),
                new ProgrammeId(row.getObject("programme_id", UUID.class)),
                row.getInt("programme_number"),
                new ExerciseId(row.getObject("exercise_id", UUID.class)),
                row.getInt("level"),
                row.getObject("log_date", LocalDate.class),
                row.getBoolean("completed"),
                row.getObject("sets_done", Integer.class),
                pain(row, "pain_during"),
                pain(row, "pain_next_morning"),
                row.getString("comment"),
                new AccountId(row.getObject("entered_by", UUID.class)),
                Timestamps.read(row, "entered_at"),
                row.getLong("version"));
    }
}
