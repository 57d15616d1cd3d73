package org.rehabrx.db.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.db.education.JdbcEducationBlocks;
import org.rehabrx.db.exercise.JdbcExercises;
import org.rehabrx.db.library.ShippedLibraryImport.Item;
import org.rehabrx.db.library.ShippedLibraryImport.Kind;
import org.rehabrx.db.template.JdbcTemplates;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import against the real JDBC adapters and schema: that what the adapters read back compares equal to
 * the file, so that a second import really finds nothing to do. One database for the class, emptied of
 * library content (and everything referring to it) before each test.
 */
class ShippedLibraryImportJdbcTest extends ShippedLibraryImportContract {

    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
        jdbc = JdbcClient.create(dataSource);
    }

    @Override
    Ports emptyPorts() {
        jdbc.sql("TRUNCATE exercise, education_block, template CASCADE").update();
        return new Ports(new JdbcExercises(jdbc), new JdbcEducationBlocks(jdbc), new JdbcTemplates(jdbc));
    }

    @Test
    void aSecondImportWritesNoRowVersions() {
        libraryImport.importLibrary(LIBRARY);

        libraryImport.importLibrary(LIBRARY);

        assertThat(versions("exercise")).containsOnly(1L).hasSize(LIBRARY.exercises().size());
        assertThat(versions("education_block")).containsOnly(1L).hasSize(LIBRARY.educationBlocks().size());
        assertThat(versions("template")).containsExactly(1L);
    }

    @Test
    void aShippedBlockFiledUnderAnotherTopicInTheFileIsReFiledInPlace() {
        libraryImport.importLibrary(LIBRARY);
        var stored = educationBlocks.findByKey("exercising-safely").orElseThrow();
        var shipped = LIBRARY.educationBlocks().get("exercising-safely");
        var blocks = new LinkedHashMap<>(LIBRARY.educationBlocks());
        blocks.put("exercising-safely", new ShippedEducationBlock(EducationTopic.MEDICAL_REVIEW, shipped.title(),
                shipped.paragraphs(), shipped.repeat(), shipped.translations()));

        var summary = libraryImport.importLibrary(new ShippedLibrary(1, LIBRARY.exercises(), blocks, LIBRARY.template(),
                LIBRARY.exerciseTranslations()));

        assertThat(summary.updated()).containsExactly(new Item(Kind.EDUCATION_BLOCK, "exercising-safely"));
        var refiled = educationBlocks.findByKey("exercising-safely").orElseThrow();
        assertThat(refiled.topic()).isEqualTo(EducationTopic.MEDICAL_REVIEW);
        assertThat(refiled.id()).isEqualTo(stored.id());
        assertThat(refiled.version()).isEqualTo(2);
    }

    @Test
    void theSummaryReadsAsASentenceForTheStartUpLog() {
        var summary = libraryImport.importLibrary(LIBRARY);

        assertThat(summary.sentence()).isEqualTo("shipped library: 12 created, 0 updated, 0 unchanged");
        assertThat(summary.created().getFirst()).hasToString("exercise 'toe-curls'");
        assertThat(summary.created().getLast()).hasToString("template 'forefoot-plantar-pain'");
    }

    private List<Long> versions(String table) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE key IS NOT NULL").query(Long.class).list();
    }
}
