package org.rehabrx.db.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgrammeWithHistory;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.shared.ChildRows;
import org.rehabrx.db.shared.OrthoticNoteColumns;
import org.rehabrx.db.shared.PrescribedExerciseColumns;
import org.rehabrx.db.shared.ProgressionRulesColumns;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Programmes with every version. Loading any number of versions takes five queries: the version rows, then
 * each kind of child for all of them at once.
 *
 * <p>A save first updates the {@code programme} row under the lock version, so a concurrent save fails
 * before anything else is written; then it marks earlier ACTIVE versions SUPERSEDED, and then it adds the
 * version (a new number), rewrites it (a stored DRAFT) or changes only its status (any other stored version:
 * its content is fixed once it has left DRAFT). Inside the caller's transaction a failure at any step leaves
 * nothing behind. The patient and prescriber of a programme are written once, when it is created.
 */
public final class JdbcProgrammes implements Programmes {

    private static final String VERSION_COLUMNS = "v.programme_id, v.number, v.status, v.title, v.goal, "
            + "v.start_date, v.review_date, v.baseline_pain, v.created_by, v.created_at, v.sessions_required, "
            + "v.advance_max_pain, v.hold_max_pain, v.reps_step, v.hold_step_seconds, v.duration_step_minutes, "
            + "v.reps_cap, v.hold_cap_seconds, v.duration_cap_minutes";

    private static final String SELECT_PROGRAMMES = "SELECT p.id, p.patient_id, p.prescriber_id, p.version, "
            + VERSION_COLUMNS + """
             FROM programme p
             JOIN programme_version v ON v.programme_id = p.id AND v.number = p.current_number
            """;

    private static final String SELECT_VERSIONS = "SELECT " + VERSION_COLUMNS + " FROM programme_version v";

    /** Restricts a child table to the versions whose keys are given as two parallel arrays. */
    private static final String OF_VERSIONS =
            " WHERE (programme_id, number) IN (SELECT * FROM unnest(:programmes, :numbers))"
                    + " ORDER BY programme_id, number, position";

    private final JdbcClient jdbc;

    public JdbcProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Programme> findById(ProgrammeId id) {
        return programmes(jdbc.sql(SELECT_PROGRAMMES + " WHERE p.id = :id").param("id", id.value())
                .query(JdbcProgrammes::programmeHead).list()).stream().findFirst();
    }

    @Override
    public List<ProgrammeVersion> history(ProgrammeId id) {
        return versions(jdbc.sql(SELECT_VERSIONS + " WHERE v.programme_id = :id ORDER BY v.number")
                .param("id", id.value())
                .query(JdbcProgrammes::versionHead).list());
    }

    @Override
    public Optional<ProgrammeVersion> findVersion(ProgrammeId id, int number) {
        return versions(jdbc.sql(SELECT_VERSIONS + " WHERE v.programme_id = :id AND v.number = :number")
                .param("id", id.value())
                .param("number", number)
                .query(JdbcProgrammes::versionHead).list()).stream().findFirst();
    }

    /** The patient's programmes, the most recently created first. */
    @Override
    public List<Programme> forPatient(PatientId patient) {
        return programmes(jdbc.sql(SELECT_PROGRAMMES + " WHERE p.patient_id = :patient ORDER BY p.created_at DESC, p.id")
                .param("patient", patient.value())
                .query(JdbcProgrammes::programmeHead).list());
    }

    /** Every version of every programme of the patient in one query, and their children in four more. */
    @Override
    public List<ProgrammeWithHistory> forPatientWithHistories(PatientId patient) {
        var rows = jdbc.sql("SELECT p.id, p.patient_id, p.prescriber_id, p.version, p.current_number, "
                        + VERSION_COLUMNS + """
                         FROM programme p
                         JOIN programme_version v ON v.programme_id = p.id
                        WHERE p.patient_id = :patient
                        ORDER BY p.created_at DESC, p.id, v.number""")
                .param("patient", patient.value())
                .query((row, rowNumber) -> new HistoryRow(programmeHead(row, rowNumber), row.getInt("current_number")))
                .list();
        var versions = versions(rows.stream().map(row -> row.head().current()).toList());
        var histories = new LinkedHashMap<UUID, List<ProgrammeVersion>>();
        var heads = new LinkedHashMap<UUID, HistoryRow>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            histories.computeIfAbsent(row.head().id(), id -> new ArrayList<>()).add(versions.get(i));
            heads.putIfAbsent(row.head().id(), row);
        }
        return heads.values().stream().map(row -> {
            var history = histories.get(row.head().id());
            var current = history.stream().filter(version -> version.number() == row.currentNumber())
                    .findFirst().orElseThrow();
            var head = row.head();
            return new ProgrammeWithHistory(new Programme(new ProgrammeId(head.id()), head.patient(),
                    head.prescriber(), current, head.version()), history);
        }).toList();
    }

    @Override
    public Programme save(Programme programme) {
        UUID id = programme.id().value();
        ProgrammeVersion current = programme.current();
        if (programme.isNew()) {
            jdbc.sql("""
                    INSERT INTO programme (id, patient_id, prescriber_id, current_number, version, created_at)
                    VALUES (:id, :patient, :prescriber, :number, 1, :created_at)
                    """)
                    .param("id", id)
                    .param("patient", programme.patient().value())
                    .param("prescriber", programme.prescriber().value())
                    .param("number", current.number())
                    .param("created_at", SqlValues.timestamp(current.createdAt()))
                    .update();
            insertVersion(id, current);
            return programme.storedAs(1);
        }
        int updated = jdbc.sql("""
                UPDATE programme SET current_number = :number, version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
                .param("id", id)
                .param("number", current.number())
                .param("version", programme.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Programme", id, programme.version());
        }
        Optional<ProgrammeStatus> stored = jdbc.sql("""
                SELECT status FROM programme_version WHERE programme_id = :id AND number = :number
                """)
                .param("id", id)
                .param("number", current.number())
                .query((row, rowNumber) -> ProgrammeStatus.valueOf(row.getString("status")))
                .optional();
        jdbc.sql("""
                UPDATE programme_version SET status = 'SUPERSEDED'
                 WHERE programme_id = :id AND number < :number AND status = 'ACTIVE'
                """)
                .param("id", id)
                .param("number", current.number())
                .update();
        if (stored.isEmpty()) {
            insertVersion(id, current);
        } else if (stored.get() == ProgrammeStatus.DRAFT) {
            rewriteDraft(id, current);
        } else if (stored.get() != current.status()) {
            jdbc.sql("UPDATE programme_version SET status = :status WHERE programme_id = :id AND number = :number")
                    .param("id", id)
                    .param("number", current.number())
                    .param("status", current.status().name())
                    .update();
        }
        return programme.storedAs(programme.version() + 1);
    }

    private void insertVersion(UUID programme, ProgrammeVersion version) {
        jdbc.sql("INSERT INTO programme_version (programme_id, number, status, title, goal, start_date, review_date, "
                        + "baseline_pain, created_by, created_at, " + ProgressionRulesColumns.NAMES + ") "
                        + "VALUES (:programme_id, :number, :status, :title, :goal, :start_date, :review_date, "
                        + ":baseline_pain, :created_by, :created_at, " + ProgressionRulesColumns.PARAMETERS + ")")
                .params(versionValues(programme, version))
                .update();
        insertChildren(programme, version);
    }

    private void rewriteDraft(UUID programme, ProgrammeVersion version) {
        jdbc.sql("UPDATE programme_version SET status = :status, title = :title, goal = :goal, "
                        + "start_date = :start_date, review_date = :review_date, baseline_pain = :baseline_pain, "
                        + "created_by = :created_by, created_at = :created_at, " + ProgressionRulesColumns.ASSIGNMENTS
                        + " WHERE programme_id = :programme_id AND number = :number")
                .params(versionValues(programme, version))
                .update();
        for (String table : List.of("prescribed_exercise", "programme_orthotic_note", "programme_education_block",
                "caution_acknowledgement")) {
            jdbc.sql("DELETE FROM " + table + " WHERE programme_id = :programme_id AND number = :number")
                    .param("programme_id", programme)
                    .param("number", version.number())
                    .update();
        }
        insertChildren(programme, version);
    }

    private void insertChildren(UUID programme, ProgrammeVersion version) {
        var content = version.content();
        insertRows("prescribed_exercise", PrescribedExerciseColumns.NAMES, PrescribedExerciseColumns.PARAMETERS,
                content.exercises().stream().map(PrescribedExerciseColumns::values).toList(), programme,
                version.number());
        insertRows("programme_orthotic_note", OrthoticNoteColumns.NAMES, OrthoticNoteColumns.PARAMETERS,
                content.orthoticNotes().stream().map(OrthoticNoteColumns::values).toList(), programme,
                version.number());
        jdbc.sql("""
                INSERT INTO programme_education_block (programme_id, number, position, education_block_id)
                SELECT :programme_id, :number, position, block
                  FROM unnest(:blocks) WITH ORDINALITY AS b(block, position)
                """)
                .param("programme_id", programme)
                .param("number", version.number())
                .param("blocks", SqlArrays.uuids(content.educationBlocks(), EducationBlockId::value))
                .update();
        int position = 0;
        for (CautionAcknowledgement acknowledgement : content.acknowledgements()) {
            jdbc.sql("""
                    INSERT INTO caution_acknowledgement (programme_id, number, position, exercise_id, flag, reason,
                                                         acknowledged_by, acknowledged_at)
                    VALUES (:programme_id, :number, :position, :exercise_id, :flag, :reason, :by, :at)
                    """)
                    .param("programme_id", programme)
                    .param("number", version.number())
                    .param("position", ++position)
                    .param("exercise_id", acknowledgement.exercise().value())
                    .param("flag", acknowledgement.flag().name())
                    .param("reason", acknowledgement.reason())
                    .param("by", acknowledgement.by().value())
                    .param("at", SqlValues.timestamp(acknowledgement.at()))
                    .update();
        }
    }

    /**
     * The children of one version in a single multi-row INSERT, at positions 1, 2, …; each row's parameters are
     * named with the row's index, so that a programme of twelve exercises is written in one statement.
     */
    private void insertRows(String table, String names, String parameters, List<Map<String, Object>> rows,
                            UUID programme, int number) {
        if (rows.isEmpty()) {
            return;
        }
        var tuples = new ArrayList<String>(rows.size());
        var values = new HashMap<String, @Nullable Object>();
        for (int index = 0; index < rows.size(); index++) {
            var suffix = "_" + index;
            tuples.add("(:programme_id, :number, " + (index + 1) + ", "
                    + parameters.replaceAll(":(\\w+)", ":$1" + suffix) + ")");
            rows.get(index).forEach((name, value) -> values.put(name + suffix, value));
        }
        jdbc.sql("INSERT INTO " + table + " (programme_id, number, position, " + names + ") VALUES "
                        + String.join(", ", tuples))
                .params(values)
                .param("programme_id", programme)
                .param("number", number)
                .update();
    }

    private static Map<String, Object> versionValues(UUID programme, ProgrammeVersion version) {
        var content = version.content();
        var values = new HashMap<String, Object>(ProgressionRulesColumns.values(content.rules()));
        values.put("programme_id", programme);
        values.put("number", version.number());
        values.put("status", version.status().name());
        values.put("title", content.title());
        values.put("goal", content.goal());
        values.put("start_date", content.startDate());
        values.put("review_date", content.reviewDate());
        values.put("baseline_pain", content.baselinePain().value());
        values.put("created_by", version.createdBy().value());
        values.put("created_at", SqlValues.timestamp(version.createdAt()));
        return values;
    }

    private List<Programme> programmes(List<ProgrammeHead> heads) {
        var currents = versions(heads.stream().map(ProgrammeHead::current).toList());
        var programmes = new ArrayList<Programme>(heads.size());
        for (int i = 0; i < heads.size(); i++) {
            var head = heads.get(i);
            programmes.add(new Programme(new ProgrammeId(head.id()), head.patient(), head.prescriber(),
                    currents.get(i), head.version()));
        }
        return programmes;
    }

    /** The versions in the order given, each with all its children. */
    private List<ProgrammeVersion> versions(List<VersionHead> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        var programmes = SqlArrays.uuids(heads.stream().map(head -> head.key().programme()).toList());
        var numbers = SqlArrays.integers(heads.stream().map(head -> head.key().number()).toList());
        Map<VersionKey, List<PrescribedExercise>> exercises = ChildRows.grouped(
                jdbc.sql("SELECT programme_id, number, " + PrescribedExerciseColumns.NAMES
                                + " FROM prescribed_exercise" + OF_VERSIONS)
                        .param("programmes", programmes).param("numbers", numbers),
                VersionKey::of, PrescribedExerciseColumns::read);
        Map<VersionKey, List<OrthoticNote>> notes = ChildRows.grouped(
                jdbc.sql("SELECT programme_id, number, " + OrthoticNoteColumns.NAMES
                                + " FROM programme_orthotic_note" + OF_VERSIONS)
                        .param("programmes", programmes).param("numbers", numbers),
                VersionKey::of, OrthoticNoteColumns::read);
        Map<VersionKey, List<EducationBlockId>> blocks = ChildRows.grouped(
                jdbc.sql("SELECT programme_id, number, education_block_id FROM programme_education_block"
                                + OF_VERSIONS)
                        .param("programmes", programmes).param("numbers", numbers),
                VersionKey::of, row -> new EducationBlockId(row.getObject("education_block_id", UUID.class)));
        Map<VersionKey, List<CautionAcknowledgement>> acknowledgements = ChildRows.grouped(
                jdbc.sql("SELECT programme_id, number, exercise_id, flag, reason, acknowledged_by, acknowledged_at"
                                + " FROM caution_acknowledgement" + OF_VERSIONS)
                        .param("programmes", programmes).param("numbers", numbers),
                VersionKey::of, row -> new CautionAcknowledgement(
                        new ExerciseId(row.getObject("exercise_id", UUID.class)),
                        HealthFlag.valueOf(row.getString("flag")),
                        row.getString("reason"),
                        new AccountId(row.getObject("acknowledged_by", UUID.class)),
                        Timestamps.read(row, "acknowledged_at")));
        return heads.stream()
                .map(head -> head.version(
                        exercises.getOrDefault(head.key(), List.of()),
                        notes.getOrDefault(head.key(), List.of()),
                        blocks.getOrDefault(head.key(), List.of()),
                        acknowledgements.getOrDefault(head.key(), List.of())))
                .toList();
    }

    private static ProgrammeHead programmeHead(ResultSet row, int rowNumber) throws SQLException {
        return new ProgrammeHead(
                row.getObject("id", UUID.class),
                new PatientId(row.getObject("patient_id", UUID.class)),
                new AccountId(row.getObject("prescriber_id", UUID.class)),
                row.getLong("version"),
                versionHead(row, rowNumber));
    }

    private static VersionHead versionHead(ResultSet row, int rowNumber) throws SQLException {
        return new VersionHead(
                VersionKey.of(row),
                ProgrammeStatus.valueOf(row.getString("status")),
                row.getString("title"),
                row.getString("goal"),
                row.getObject("start_date", LocalDate.class),
                row.getObject("review_date", LocalDate.class),
                ProgressionRulesColumns.read(row),
                PainScore.of(row.getInt("baseline_pain")),
                new AccountId(row.getObject("created_by", UUID.class)),
                Timestamps.read(row, "created_at"));
    }

    private record VersionKey(UUID programme, int number) {

        static VersionKey of(ResultSet row) throws SQLException {
            return new VersionKey(row.getObject("programme_id", UUID.class), row.getInt("number"));
        }
    }

    /** A programme row with its current version's row, before the children are attached. */
    private record ProgrammeHead(UUID id, PatientId patient, AccountId prescriber, long version,
                                 VersionHead current) {
    }

    /** A programme row joined with one of its versions, and the number of its current version. */
    private record HistoryRow(ProgrammeHead head, int currentNumber) {
    }

    /** A version row before its children are attached. */
    private record VersionHead(VersionKey key, ProgrammeStatus status, String title, String goal,
                               LocalDate startDate, LocalDate reviewDate, ProgressionRules rules,
                               PainScore baselinePain, AccountId createdBy, Instant createdAt) {

        ProgrammeVersion version(List<PrescribedExercise> exercises, List<OrthoticNote> orthoticNotes,
                                 List<EducationBlockId> educationBlocks,
                                 List<CautionAcknowledgement> acknowledgements) {
            var content = new ProgrammeContent(title, goal, startDate, reviewDate, exercises, orthoticNotes,
                    educationBlocks, rules, baselinePain, acknowledgements);
            return new ProgrammeVersion(key.number(), status, content, createdBy, createdAt);
        }
    }
}
