package org.rehabrx.db.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationBlockTranslation;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.db.shared.ChildRows;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Education blocks with their translations: the block rows, then the translations of all of them. A save
 * writes the block row first (the version check), then replaces its translations.
 */
public final class JdbcEducationBlocks implements EducationBlocks {

    private static final String SELECT = """
            SELECT id, key, topic, title, paragraphs, repeat_min_months, repeat_max_months, version
              FROM education_block
            """;

    private final JdbcClient jdbc;

    public JdbcEducationBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EducationBlock> findById(EducationBlockId id) {
        return withTranslations(jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value())
                .query(JdbcEducationBlocks::block).list()).stream().findFirst();
    }

    @Override
    public Optional<EducationBlock> findByKey(String key) {
        return withTranslations(jdbc.sql(SELECT + " WHERE key = :key").param("key", key)
                .query(JdbcEducationBlocks::block).list()).stream().findFirst();
    }

    /** The blocks with the given ids, in the order of the ids; unknown ids are left out. */
    @Override
    public List<EducationBlock> findAllById(Collection<EducationBlockId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTranslations(jdbc.sql(SELECT + """
                  JOIN unnest(:ids) WITH ORDINALITY AS wanted(id, position) USING (id)
                 ORDER BY wanted.position
                """)
                .param("ids", SqlArrays.uuids(new LinkedHashSet<>(ids), EducationBlockId::value))
                .query(JdbcEducationBlocks::block).list());
    }

    /** Every block, by title. */
    @Override
    public List<EducationBlock> findAll() {
        return withTranslations(jdbc.sql(SELECT + " ORDER BY title, id")
                .query(JdbcEducationBlocks::block).list());
    }

    @Override
    public EducationBlock save(EducationBlock block) {
        if (block.isNew()) {
            jdbc.sql("""
                    INSERT INTO education_block (id, key, topic, title, paragraphs, repeat_min_months,
                                                 repeat_max_months, version)
                    VALUES (:id, :key, :topic, :title, :paragraphs, :repeat_min_months, :repeat_max_months, 1)
                    """)
                    .params(values(block))
                    .update();
            insertTranslations(block);
            return block.storedAs(1);
        }
        int updated = jdbc.sql("""
                UPDATE education_block
                   SET key = :key, topic = :topic, title = :title, paragraphs = :paragraphs,
                       repeat_min_months = :repeat_min_months, repeat_max_months = :repeat_max_months,
                       version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
                .params(values(block))
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Education block", block.id().value(), block.version());
        }
        jdbc.sql("DELETE FROM education_block_translation WHERE education_block_id = :id")
                .param("id", block.id().value()).update();
        insertTranslations(block);
        return block.storedAs(block.version() + 1);
    }

    private void insertTranslations(EducationBlock block) {
        block.translations().byLanguage().forEach((language, translation) -> jdbc.sql("""
                INSERT INTO education_block_translation (education_block_id, language, title, paragraphs)
                VALUES (:id, :language, :title, :paragraphs)
                """)
                .param("id", block.id().value())
                .param("language", language.getLanguage())
                .param("title", translation.title())
                .param("paragraphs", SqlArrays.text(translation.paragraphs()))
                .update());
    }

    private List<EducationBlock> withTranslations(List<EducationBlock> blocks) {
        if (blocks.isEmpty()) {
            return blocks;
        }
        Map<UUID, List<Translated>> translations = ChildRows.grouped(
                jdbc.sql("""
                        SELECT education_block_id, language, title, paragraphs
                          FROM education_block_translation
                         WHERE education_block_id = ANY(:ids)
                        """)
                        .param("ids", SqlArrays.uuids(blocks, block -> block.id().value())),
                row -> row.getObject("education_block_id", UUID.class),
                row -> new Translated(Locale.of(row.getString("language")),
                        new EducationBlockTranslation(row.getString("title"), SqlArrays.readText(row, "paragraphs"))));
        return blocks.stream().map(block -> {
            var rows = translations.get(block.id().value());
            if (rows == null) {
                return block;
            }
            var byLanguage = new HashMap<Locale, EducationBlockTranslation>();
            rows.forEach(row -> byLanguage.put(row.language(), row.translation()));
            return block.withTranslations(new ContentTranslations<>(byLanguage));
        }).toList();
    }

    /** One translation row. */
    private record Translated(Locale language, EducationBlockTranslation translation) {
    }

    private static Map<String, Object> values(EducationBlock block) {
        var repeat = block.repeat();
        var values = new HashMap<String, Object>();
        values.put("id", block.id().value());
        values.put("key", SqlValues.text(block.key()));
        values.put("topic", block.topic().name());
        values.put("title", block.title());
        values.put("paragraphs", SqlArrays.text(block.paragraphs()));
        values.put("repeat_min_months", SqlValues.integer(repeat == null ? null : repeat.minMonths()));
        values.put("repeat_max_months", SqlValues.integer(repeat == null ? null : repeat.maxMonths()));
        values.put("version", block.version());
        return values;
    }

    private static EducationBlock block(ResultSet row, int rowNumber) throws SQLException {
        Integer minMonths = row.getObject("repeat_min_months", Integer.class);
        return new EducationBlock(
                new EducationBlockId(row.getObject("id", UUID.class)),
                row.getString("key"),
                EducationTopic.valueOf(row.getString("topic")),
                row.getString("title"),
                SqlArrays.readText(row, "paragraphs"),
                minMonths == null ? null : new RepeatInterval(minMonths, row.getInt("repeat_max_months")),
                row.getLong("version"));
    }
}
