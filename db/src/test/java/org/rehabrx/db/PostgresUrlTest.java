package org.rehabrx.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void swapsOnlyTheDatabaseAndKeepsServerAndParameters() {
        var url = PostgresUrl.parse("jdbc:postgresql://db.clinic.local:5433/rehabrx?sslmode=require&connectTimeout=5");

        assertThat(url.database()).isEqualTo("rehabrx");
        assertThat(url.withDatabase("postgres").toString())
                .isEqualTo("jdbc:postgresql://db.clinic.local:5433/postgres?sslmode=require&connectTimeout=5");
    }

    @Test
    void aUrlWithoutParametersRoundTrips() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://localhost/rehabrx").toString())
                .isEqualTo("jdbc:postgresql://localhost/rehabrx");
    }

    @Test
    void onlyPlainNamesAreCreatedAutomatically() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://localhost/rehabrx_2026").hasPlainDatabaseName()).isTrue();
        assertThat(PostgresUrl.parse("jdbc:postgresql://localhost/x;drop").hasPlainDatabaseName()).isFalse();
    }

    @Test
    void refusesUrlsOfOtherDatabasesOrWithoutADatabase() {
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresUrl.parse("jdbc:mysql://localhost/rehabrx"));
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://localhost/"));
    }
}
