package org.rehabrx.db.exercise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseOrigin;
import org.rehabrx.core.exercise.ExerciseTranslation;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.LevelTranslation;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.db.shared.ChildRows;
import org.rehabrx.db.shared.DosageColumns;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exercises with their levels and translations. Any number of exercises loads in three queries: the exercise
 * rows, then the levels of all of them, then their translations. A save writes the exercise row first (the
 * version check), then replaces its levels and translations.
 */
public final class JdbcExercises implements Exercises {

    private static final DosageColumns DEFAULT_DOSAGE = DosageColumns.prefixed("default_");

    private static final String SELECT = """
            SELECT e.id, e.key, e.name, e.body_region, e.purposes, e.equipment, e.steps, e.cues, e.precautions,
                   e.caution_flags, e.origin, e.author_id, e.based_on_id, e.version
              FROM exercise e
            """;

    /** As deep as {@link Exercise#drawingKey} follows a clone, should stored clones ever point at each other. */
    private static final int MAX_CLONE_DEPTH = 32;

    private final JdbcClient jdbc;

    public JdbcExercises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Exercise> findById(ExerciseId id) {
        return withLevels(jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id.value())
                .query(JdbcExercises::head).list()).stream().findFirst();
    }

    @Override
    public Optional<Exercise> findByKey(String key) {
        return withLevels(jdbc.sql(SELECT + " WHERE e.key = :key").param("key", key)
                .query(JdbcExercises::head).list()).stream().findFirst();
    }

    /** The exercises with the given ids, in the order of the ids; unknown ids are left out. */
    @Override
    public List<Exercise> findAllById(Collection<ExerciseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withLevels(jdbc.sql(SELECT + """
                  JOIN unnest(:ids) WITH ORDINALITY AS wanted(id, position) USING (id)
                 ORDER BY wanted.position
                """)
                .param("ids", SqlArrays.uuids(new LinkedHashSet<>(ids), ExerciseId::value))
                .query(JdbcExercises::head).list());
    }

    /** One recursive query follows every clone back to its original, so a handout costs no query per clone. */
    @Override
    public List<Exercise> findAllWithOriginals(Collection<ExerciseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withLevels(jdbc.sql("""
                WITH RECURSIVE chain(id, position, depth) AS (
                        SELECT id, position, 0 FROM unnest(:ids) WITH ORDINALITY AS given(id, position)
                    UNION
                        SELECT e.based_on_id, c.position, c.depth + 1
                          FROM chain c JOIN exercise e ON e.id = c.id
                         WHERE e.based_on_id IS NOT NULL AND c.depth < :maxDepth)
                """ + SELECT + """
                  JOIN (SELECT id, min(depth) AS depth, min(position) AS position FROM chain GROUP BY id) wanted
                 USING (id)
                 ORDER BY wanted.depth, wanted.position
                """)
                .param("ids", SqlArrays.uuids(new LinkedHashSet<>(ids), ExerciseId::value))
                .param("maxDepth", MAX_CLONE_DEPTH)
                .query(JdbcExercises::head).list());
    }

    @Override
    public List<Exercise> availableTo(AccountId clinician) {
        return withLevels(jdbc.sql(SELECT + """
                 WHERE e.origin = 'SHIPPED' OR e.author_id = :clinician
                 ORDER BY e.name, e.id
                """)
                .param("clinician", clinician.value())
                .query(JdbcExercises::head).list());
    }

    @Override
    public Exercise save(Exercise exercise) {
        if (exercise.isNew()) {
            jdbc.sql("""
                    INSERT INTO exercise (id, key, name, body_region, purposes, equipment, steps, cues, precautions,
                                          caution_flags, origin, author_id, based_on_id, version)
                    VALUES (:id, :key, :name, :body_region, :purposes, :equipment, :steps, :cues, :precautions,
                            :caution_flags, :origin, :author_id, :based_on_id, 1)
                    """)
                    .params(values(exercise))
                    .update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE exercise
                       SET key = :key, name = :name, body_region = :body_region, purposes = :purposes,
                           equipment = :equipment, steps = :steps, cues = :cues, precautions = :precautions,
                           caution_flags = :caution_flags, origin = :origin, author_id = :author_id,
                           based_on_id = :based_on_id, version = version + 1, updated_at = now()
                     WHERE id = :id AND version = :version
                    """)
                    .params(values(exercise))
                    .update();
            if (updated == 0) {
                throw new ConcurrentChangeException("Exercise", exercise.id().value(), exercise.version());
            }
            jdbc.sql("DELETE FROM exercise_level WHERE exercise_id = :id").param("id", exercise.id().value())
                    .update();
            jdbc.sql("DELETE FROM exercise_translation WHERE exercise_id = :id").param("id", exercise.id().value())
                    .update();
        }
        exercise.translations().byLanguage().forEach((language, translation) -> jdbc.sql("""
                INSERT INTO exercise_translation (exercise_id, language, name, equipment, steps, cues, precautions,
                                                  level_names, level_instructions)
                VALUES (:exercise_id, :language, :name, :equipment, :steps, :cues, :precautions, :level_names,
                        :level_instructions)
                """)
                .param("exercise_id", exercise.id().value())
                .param("language", language.getLanguage())
                .param("name", translation.name())
                .param("equipment", SqlArrays.text(translation.equipment()))
                .param("steps", SqlArrays.text(translation.steps()))
                .param("cues", SqlArrays.text(translation.cues()))
                .param("precautions", SqlArrays.text(translation.precautions()))
                .param("level_names", SqlArrays.text(translation.levels().stream().map(LevelTranslation::name).toList()))
                .param("level_instructions",
                        SqlArrays.text(translation.levels().stream().map(LevelTranslation::instructions).toList()))
                .update());
        for (Level level : exercise.description().levels()) {
            var values = new HashMap<String, Object>(DEFAULT_DOSAGE.values(level.defaultDosage()));
            values.put("exercise_id", exercise.id().value());
            values.put("number", level.number());
            values.put("name", level.name());
            values.put("instructions", level.instructions());
            jdbc.sql("INSERT INTO exercise_level (exercise_id, number, name, instructions, " + DEFAULT_DOSAGE.names()
                            + ") VALUES (:exercise_id, :number, :name, :instructions, "
                            + DEFAULT_DOSAGE.parameters() + ")")
                    .params(values)
                    .update();
        }
        return exercise.storedAs(exercise.version() + 1);
    }

    private List<Exercise> withLevels(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Level>> levels = ChildRows.grouped(
                jdbc.sql("SELECT exercise_id, number, name, instructions, " + DEFAULT_DOSAGE.names() + """
                         FROM exercise_level
                        WHERE exercise_id = ANY(:ids)
                        ORDER BY exercise_id, number
                        """)
                        .param("ids", SqlArrays.uuids(heads.stream().map(Head::id).toList())),
                row -> row.getObject("exercise_id", UUID.class),
                row -> new Level(row.getInt("number"), row.getString("name"), row.getString("instructions"),
                        DEFAULT_DOSAGE.read(row)));
        Map<UUID, List<Translated>> translations = ChildRows.grouped(
                jdbc.sql("""
                        SELECT exercise_id, language, name, equipment, steps, cues, precautions, level_names,
                               level_instructions
                          FROM exercise_translation
                         WHERE exercise_id = ANY(:ids)
                        """)
                        .param("ids", SqlArrays.uuids(heads.stream().map(Head::id).toList())),
                row -> row.getObject("exercise_id", UUID.class),
                JdbcExercises::translation);
        return heads.stream()
                .map(head -> head.exercise(levels.getOrDefault(head.id(), List.of()),
                        Translated.collect(translations.getOrDefault(head.id(), List.of()))))
                .toList();
    }

    private static Translated translation(ResultSet row) throws SQLException {
        var names = SqlArrays.readText(row, "level_names");
        var instructions = SqlArrays.readText(row, "level_instructions");
        var levels = new ArrayList<LevelTranslation>();
        for (int i = 0; i < names.size(); i++) {
            levels.add(new LevelTranslation(names.get(i), instructions.get(i)));
        }
        return new Translated(Locale.of(row.getString("language")),
                new ExerciseTranslation(row.getString("name"), SqlArrays.readText(row, "equipment"),
                        SqlArrays.readText(row, "steps"), SqlArrays.readText(row, "cues"),
                        SqlArrays.readText(row, "precautions"), levels));
    }

    /** One translation row. */
    private record Translated(Locale language, ExerciseTranslation translation) {

        static ContentTranslations<ExerciseTranslation> collect(List<Translated> rows) {
            var byLanguage = new HashMap<Locale, ExerciseTranslation>();
            rows.forEach(row -> byLanguage.put(row.language(), row.translation()));
            return new ContentTranslations<>(byLanguage);
        }
    }

    private static Map<String, Object> values(Exercise exercise) {
        var description = exercise.description();
        var values = new HashMap<String, Object>();
        values.put("id", exercise.id().value());
        values.put("key", SqlValues.text(exercise.key()));
        values.put("name", description.name());
        values.put("body_region", description.bodyRegion().name());
        values.put("purposes", SqlArrays.enumNames(description.purposes()));
        values.put("equipment", SqlArrays.text(description.equipment()));
        values.put("steps", SqlArrays.text(description.steps()));
        values.put("cues", SqlArrays.text(description.cues()));
        values.put("precautions", SqlArrays.text(description.precautions()));
        values.put("caution_flags", SqlArrays.enumNames(description.cautionFlags()));
        values.put("origin", exercise.origin().name());
        values.put("author_id", SqlValues.uuid(exercise.author() == null ? null : exercise.author().value()));
        values.put("based_on_id", SqlValues.uuid(exercise.basedOn() == null ? null : exercise.basedOn().value()));
        values.put("version", exercise.version());
        return values;
    }

    private static Head head(ResultSet row, int rowNumber) throws SQLException {
        UUID author = row.getObject("author_id", UUID.class);
        UUID basedOn = row.getObject("based_on_id", UUID.class);
        return new Head(
                row.getObject("id", UUID.class),
                row.getString("key"),
                row.getString("name"),
                BodyRegion.valueOf(row.getString("body_region")),
                SqlArrays.readEnums(row, "purposes", ExercisePurpose.class),
                SqlArrays.readText(row, "equipment"),
                SqlArrays.readText(row, "steps"),
                SqlArrays.readText(row, "cues"),
                SqlArrays.readText(row, "precautions"),
                SqlArrays.readEnums(row, "caution_flags", HealthFlag.class),
                ExerciseOrigin.valueOf(row.getString("origin")),
                author == null ? null : new AccountId(author),
                basedOn == null ? null : new ExerciseId(basedOn),
                row.getLong("version"));
    }

    /** An exercise row before its levels are attached. */
    private record Head(UUID id, @Nullable String key, String name, BodyRegion bodyRegion,
                        Set<ExercisePurpose> purposes, List<String> equipment, List<String> steps,
                        List<String> cues, List<String> precautions, Set<HealthFlag> cautionFlags,
                        ExerciseOrigin origin, @Nullable AccountId author, @Nullable ExerciseId basedOn,
                        long version) {

        Exercise exercise(List<Level> levels, ContentTranslations<ExerciseTranslation> translations) {
            return new Exercise(new ExerciseId(id), key,
                    new ExerciseDescription(name, bodyRegion, purposes, equipment, steps, cues, precautions,
                            cautionFlags, levels),
                    origin, author, basedOn, version, translations);
        }
    }
}
