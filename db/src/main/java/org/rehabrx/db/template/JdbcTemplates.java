package org.rehabrx.db.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.core.template.OrthoticNoteTranslation;
import org.rehabrx.core.template.Template;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.TemplateTranslation;
import org.rehabrx.core.template.Templates;
import org.rehabrx.db.shared.ChildRows;
import org.rehabrx.db.shared.OrthoticNoteColumns;
import org.rehabrx.db.shared.PrescribedExerciseColumns;
import org.rehabrx.db.shared.ProgressionRulesColumns;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Templates with their exercises, orthotic notes, education blocks and translations, each child list in
 * its order. Any number of templates loads in five queries. A save writes the template row first (the version check),
 * then replaces the children.
 */
public final class JdbcTemplates implements Templates {

    private static final String SELECT = "SELECT id, key, name, description, goal, version, "
            + ProgressionRulesColumns.NAMES + " FROM template";

    private final JdbcClient jdbc;

    public JdbcTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Template> findById(TemplateId id) {
        return withChildren(jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value())
                .query(JdbcTemplates::head).list()).stream().findFirst();
    }

    @Override
    public Optional<Template> findByKey(String key) {
        return withChildren(jdbc.sql(SELECT + " WHERE key = :key").param("key", key)
                .query(JdbcTemplates::head).list()).stream().findFirst();
    }

    /** Every template, by name. */
    @Override
    public List<Template> findAll() {
        return withChildren(jdbc.sql(SELECT + " ORDER BY name, id").query(JdbcTemplates::head).list());
    }

    @Override
    public Template save(Template template) {
        var values = new HashMap<String, Object>(ProgressionRulesColumns.values(template.rules()));
        values.put("id", template.id().value());
        values.put("key", SqlValues.text(template.key()));
        values.put("name", template.name());
        values.put("description", template.description());
        values.put("goal", template.goal());
        values.put("version", template.version());
        if (template.isNew()) {
            jdbc.sql("INSERT INTO template (id, key, name, description, goal, version, "
                            + ProgressionRulesColumns.NAMES + ") VALUES (:id, :key, :name, :description, :goal, 1, "
                            + ProgressionRulesColumns.PARAMETERS + ")")
                    .params(values)
                    .update();
        } else {
            int updated = jdbc.sql("UPDATE template SET key = :key, name = :name, description = :description, "
                            + "goal = :goal, " + ProgressionRulesColumns.ASSIGNMENTS
                            + ", version = version + 1, updated_at = now() WHERE id = :id AND version = :version")
                    .params(values)
                    .update();
            if (updated == 0) {
                throw new ConcurrentChangeException("Template", template.id().value(), template.version());
            }
            for (String table : List.of("template_exercise", "template_orthotic_note", "template_education_block",
                    "template_translation")) {
                jdbc.sql("DELETE FROM " + table + " WHERE template_id = :id").param("id", template.id().value())
                        .update();
            }
        }
        insertChildren(template);
        return template.storedAs(template.version() + 1);
    }

    private void insertChildren(Template template) {
        UUID id = template.id().value();
        int position = 0;
        for (PrescribedExercise prescribed : template.exercises()) {
            jdbc.sql("INSERT INTO template_exercise (template_id, position, " + PrescribedExerciseColumns.NAMES
                            + ") VALUES (:template_id, :position, " + PrescribedExerciseColumns.PARAMETERS + ")")
                    .params(PrescribedExerciseColumns.values(prescribed))
                    .param("template_id", id)
                    .param("position", ++position)
                    .update();
        }
        position = 0;
        for (OrthoticNote note : template.orthoticNotes()) {
            jdbc.sql("INSERT INTO template_orthotic_note (template_id, position, " + OrthoticNoteColumns.NAMES
                            + ") VALUES (:template_id, :position, " + OrthoticNoteColumns.PARAMETERS + ")")
                    .params(OrthoticNoteColumns.values(note))
                    .param("template_id", id)
                    .param("position", ++position)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO template_education_block (template_id, position, education_block_id)
                SELECT :template_id, position, block FROM unnest(:blocks) WITH ORDINALITY AS b(block, position)
                """)
                .param("template_id", id)
                .param("blocks", SqlArrays.uuids(template.educationBlocks(), EducationBlockId::value))
                .update();
        template.translations().byLanguage().forEach((language, translation) -> jdbc.sql("""
                INSERT INTO template_translation (template_id, language, name, description, goal, orthotic_placements,
                                                  orthotic_wear_schedules, orthotic_instructions)
                VALUES (:template_id, :language, :name, :description, :goal, :placements, :schedules, :instructions)
                """)
                .param("template_id", id)
                .param("language", language.getLanguage())
                .param("name", translation.name())
                .param("description", translation.description())
                .param("goal", translation.goal())
                .param("placements", SqlArrays.text(translation.orthoticNotes().stream()
                        .map(OrthoticNoteTranslation::placement).toList()))
                .param("schedules", SqlArrays.text(translation.orthoticNotes().stream()
                        .map(OrthoticNoteTranslation::wearSchedule).toList()))
                .param("instructions", SqlArrays.text(translation.orthoticNotes().stream()
                        .map(OrthoticNoteTranslation::instructions).toList()))
                .update());
    }

    private List<Template> withChildren(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = SqlArrays.uuids(heads.stream().map(Head::id).toList());
        Map<UUID, List<PrescribedExercise>> exercises = ChildRows.grouped(
                jdbc.sql("SELECT template_id, " + PrescribedExerciseColumns.NAMES
                                + " FROM template_exercise WHERE template_id = ANY(:ids) ORDER BY template_id, position")
                        .param("ids", ids),
                JdbcTemplates::templateId, PrescribedExerciseColumns::read);
        Map<UUID, List<OrthoticNote>> notes = ChildRows.grouped(
                jdbc.sql("SELECT template_id, " + OrthoticNoteColumns.NAMES
                                + " FROM template_orthotic_note WHERE template_id = ANY(:ids) ORDER BY template_id, position")
                        .param("ids", ids),
                JdbcTemplates::templateId, OrthoticNoteColumns::read);
        Map<UUID, List<EducationBlockId>> blocks = ChildRows.grouped(
                jdbc.sql("""
                        SELECT template_id, education_block_id FROM template_education_block
                         WHERE template_id = ANY(:ids) ORDER BY template_id, position
                        """)
                        .param("ids", ids),
                JdbcTemplates::templateId,
                row -> new EducationBlockId(row.getObject("education_block_id", UUID.class)));
        Map<UUID, List<Translated>> translations = ChildRows.grouped(
                jdbc.sql("""
                        SELECT template_id, language, name, description, goal, orthotic_placements,
                               orthotic_wear_schedules, orthotic_instructions
                          FROM template_translation WHERE template_id = ANY(:ids)
                        """)
                        .param("ids", ids),
                JdbcTemplates::templateId, JdbcTemplates::translation);
        return heads.stream()
                .map(head -> new Template(new TemplateId(head.id()), head.key(), head.name(), head.description(),
                        head.goal(), exercises.getOrDefault(head.id(), List.of()),
                        notes.getOrDefault(head.id(), List.of()), blocks.getOrDefault(head.id(), List.of()),
                        head.rules(), head.version(),
                        Translated.collect(translations.getOrDefault(head.id(), List.of()))))
                .toList();
    }

    private static Translated translation(ResultSet row) throws SQLException {
        var placements = SqlArrays.readText(row, "orthotic_placements");
        var schedules = SqlArrays.readText(row, "orthotic_wear_schedules");
        var instructions = SqlArrays.readText(row, "orthotic_instructions");
        var notes = new ArrayList<OrthoticNoteTranslation>();
        for (int i = 0; i < placements.size(); i++) {
            notes.add(new OrthoticNoteTranslation(placements.get(i), schedules.get(i), instructions.get(i)));
        }
        return new Translated(Locale.of(row.getString("language")), new TemplateTranslation(row.getString("name"),
                row.getString("description"), row.getString("goal"), notes));
    }

    /** One translation row. */
    private record Translated(Locale language, TemplateTranslation translation) {

        static ContentTranslations<TemplateTranslation> collect(List<Translated> rows) {
            var byLanguage = new HashMap<Locale, TemplateTranslation>();
            rows.forEach(row -> byLanguage.put(row.language(), row.translation()));
            return new ContentTranslations<>(byLanguage);
        }
    }

    private static UUID templateId(ResultSet row) throws SQLException {
        return row.getObject("template_id", UUID.class);
    }

    private static Head head(ResultSet row, int rowNumber) throws SQLException {
        return new Head(row.getObject("id", UUID.class), row.getString("key"), row.getString("name"),
                row.getString("description"), row.getString("goal"), ProgressionRulesColumns.read(row),
                row.getLong("version"));
    }

    /** A template row before its children are attached. */
    private record Head(UUID id, @Nullable String key, String name, String description, String goal,
                        ProgressionRules rules, long version) {
    }
}
