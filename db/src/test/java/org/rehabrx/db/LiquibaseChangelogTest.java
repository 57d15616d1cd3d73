package org.rehabrx.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class LiquibaseChangelogTest {

    private final DataSource dataSource = TestDatabase.create().dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @Test
    void theFullChangelogAppliesRollsBackCompletelyAndAppliesAgain() {
        assertThat(applicationTables()).isEmpty();

        Changelog.update(dataSource);
        var tablesAfterFirstUpdate = applicationTables();
        int changeSets = jdbc.sql("SELECT count(*) FROM databasechangelog").query(Integer.class).single();
        assertThat(tablesAfterFirstUpdate).contains("account");
        assertThat(changeSets).isPositive();

        Changelog.rollback(dataSource, changeSets);
        assertThat(applicationTables()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_proc WHERE proname = 'dosage_is_valid'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM databasechangelog").query(Integer.class).single()).isZero();

        Changelog.update(dataSource);
        assertThat(applicationTables()).isEqualTo(tablesAfterFirstUpdate);
    }

    @Test
    void theDatabaseItselfRefusesAnUnknownRoleAndAMixedCaseUsername() {
        Changelog.update(dataSource);

        assertThatThrownBy(() -> insertAccount("someone", "SUPERUSER"))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause().hasMessageContaining("account_role_ck");
        assertThatThrownBy(() -> insertAccount("Someone", "ADMIN"))
                .rootCause().hasMessageContaining("account_username_lower_ck");
    }

    private void insertAccount(String username, String role) {
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, role, password_hash,
                                     password_change_required, enabled, version)
                VALUES (gen_random_uuid(), ?, 'Someone', ?, '{noop}x', false, true, 1)
                """).params(username, role).update();
    }

    private List<String> applicationTables() {
        return new ArrayList<>(jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_name NOT LIKE 'databasechangelog%'
                 ORDER BY table_name
                """).query(String.class).list());
    }
}
