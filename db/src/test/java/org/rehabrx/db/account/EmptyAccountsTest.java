package org.rehabrx.db.account;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmptyAccountsTest {

    @Test
    void aFreshDatabaseHasNoAccounts() {
        DataSource dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);

        assertThat(new JdbcAccounts(JdbcClient.create(dataSource)).isEmpty()).isTrue();
    }
}
