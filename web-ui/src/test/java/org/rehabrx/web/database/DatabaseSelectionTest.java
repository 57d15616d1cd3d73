package org.rehabrx.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabrx.db.testing.TestDatabase;
import org.rehabrx.web.RehabRxApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseSelectionTest {

    private static final String NOTHING_LISTENS = "jdbc:postgresql://127.0.0.1:1/rehabrx";

    @Test
    void aMissingDatabaseIsCreatedOnTheConfiguredServer() {
        var missing = TestDatabase.notYetCreated();

        new DatabaseSelection().initialize(contextWith(Map.of(
                "spring.datasource.url", missing.jdbcUrl(),
                "spring.datasource.username", missing.username(),
                "spring.datasource.password", missing.password())));

        assertThat(TestDatabase.exists(missing)).isTrue();
    }

    @Test
    void anUnreachableServerIsReportedWithWhereItLookedAndWhatToDo() {
        var context = contextWith(Map.of("spring.datasource.url", NOTHING_LISTENS));

        assertThatExceptionOfType(DatabaseUnavailableException.class)
                .isThrownBy(() -> new DatabaseSelection().initialize(context))
                .satisfies(failure -> {
                    var analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains(NOTHING_LISTENS);
                    assertThat(analysis.getAction())
                            .contains("SPRING_DATASOURCE_URL", "docker/compose.yaml", "localhost:5432");
                });
    }

    @Test
    void theApplicationStopsWithAShortReportInsteadOfAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RehabRxApplication.class)
                .properties("spring.datasource.url=" + NOTHING_LISTENS, "server.port=0")
                .run())
                .isInstanceOf(DatabaseUnavailableException.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START", "RehabRx needs PostgreSQL", "SPRING_DATASOURCE_URL")
                .doesNotContain("\tat org.rehabrx");
    }

    @Test
    void withoutADatasourceUrlOrDockerTheLocalServerIsUsedAndItsDatabaseCreated() {
        DockerEngine noDocker = new DockerEngine() {
            @Override
            boolean answers() {
                return false;
            }
        };
        var local = TestDatabase.notYetCreated();
        var context = contextWith(Map.of(
                "spring.datasource.username", local.username(),
                "spring.datasource.password", local.password()));

        new DatabaseSelection(noDocker, local.jdbcUrl()).initialize(context);

        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(local.jdbcUrl());
        assertThat(context.getEnvironment().getProperty("spring.docker.compose.enabled")).isNull();
        assertThat(TestDatabase.exists(local)).isTrue();
    }

    private static GenericApplicationContext contextWith(Map<String, Object> properties) {
        var context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }
}
