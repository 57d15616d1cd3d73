package org.rehabrx.web.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Chooses the database before the context is refreshed, in this order:
 * <ol>
 *   <li>{@code spring.datasource.url} (for example from {@code SPRING_DATASOURCE_URL}) when set;</li>
 *   <li>the {@code postgres} service of {@code docker/compose.yaml}, started by Spring Boot's Docker Compose
 *       support, when that support is on the classpath and a Docker engine answers;</li>
 *   <li>a local server at {@code localhost:5432}.</li>
 * </ol>
 * Runs as an initializer (not an environment post-processor) so that a test can provide its own
 * database through an earlier initializer.
 */
public final class DatabaseSelection implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/rehabrx";
    static final String LOCAL_USERNAME = "postgres";
    private static final String COMPOSE_SUPPORT =
            "org.springframework.boot.docker.compose.lifecycle.DockerComposeLifecycleManager";
    private static final Logger log = LoggerFactory.getLogger(DatabaseSelection.class);

    private final DockerEngine docker;
    private final String localUrl;

    public DatabaseSelection() {
        this(new DockerEngine(), LOCAL_URL);
    }

    DatabaseSelection(DockerEngine docker, String localUrl) {
        this.docker = docker;
        this.localUrl = localUrl;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            DatabaseCreator.ensureExists(url, environment.getProperty("spring.datasource.username", ""),
                    environment.getProperty("spring.datasource.password", ""));
            return;
        }
        Optional<Path> composeFile = composeFile();
        if (composeFile.isPresent() && ClassUtils.isPresent(COMPOSE_SUPPORT, getClass().getClassLoader())
                && docker.answers()) {
            useCompose(environment, composeFile.get());
            return;
        }
        String username = environment.getProperty("spring.datasource.username", LOCAL_USERNAME);
        String password = environment.getProperty("spring.datasource.password", "");
        DatabaseCreator.ensureExists(localUrl, username, password);
        addFirst(environment, Map.of(
                "spring.datasource.url", localUrl,
                "spring.datasource.username", username));
        log.info("Using the local PostgreSQL server at {}", localUrl);
    }

    private void useCompose(ConfigurableEnvironment environment, Path composeFile) {
        var settings = new HashMap<String, Object>();
        settings.put("spring.docker.compose.enabled", "true");
        settings.put("spring.docker.compose.file", composeFile.toString());
        settings.put("spring.docker.compose.start.arguments", "postgres");
        settings.put("spring.docker.compose.lifecycle-management", "start-only");
        ComposeSecrets.ensureDatabasePassword(composeFile.getParent());
        addFirst(environment, settings);
        log.info("Docker is available: starting the postgres service of {}", composeFile);
    }

    private static void addFirst(ConfigurableEnvironment environment, Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("rehabrxDatabaseSelection", properties));
    }

    /** {@code docker/compose.yaml} of the checkout the app runs from: the run command starts in {@code web-ui/}. */
    private static Optional<Path> composeFile() {
        Path directory = Path.of("").toAbsolutePath();
        for (int level = 0; level < 3 && directory != null; level++, directory = directory.getParent()) {
            Path candidate = directory.resolve("docker").resolve("compose.yaml");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
