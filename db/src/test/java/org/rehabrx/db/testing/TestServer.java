package org.rehabrx.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rehabrx.db.PostgresUrl;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The PostgreSQL server that holds the test databases, found once per JVM. */
record TestServer(String maintenanceUrl, String username, String password) {

    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static @Nullable TestServer instance;

    static synchronized TestServer get() {
        if (instance == null) {
            instance = locate();
            TestDatabase.dropAbandoned(instance);
        }
        return instance;
    }

    private static TestServer locate() {
        String url = System.getenv("REHABRX_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return reachable(new TestServer(url, envOr("REHABRX_TEST_DB_USER", "postgres"),
                    envOr("REHABRX_TEST_DB_PASSWORD", "")), "REHABRX_TEST_DB_URL");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:17");
            container.start();
            return reachable(new TestServer(container.getJdbcUrl(), container.getUsername(), container.getPassword()),
                    "the postgres:17 container");
        }
        return reachable(new TestServer(LOCAL_URL, envOr("PGUSER", "postgres"), envOr("PGPASSWORD", "")),
                "the local server");
    }

    private static TestServer reachable(TestServer server, String source) {
        try (var ignored = server.connect()) {
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The tests need a PostgreSQL server and could not reach %s at %s as user '%s': %s
                    Provide one of: a running Docker engine (a postgres:17 container is started), \
                    a local PostgreSQL at localhost:5432 that accepts user 'postgres', \
                    or REHABRX_TEST_DB_URL (+ REHABRX_TEST_DB_USER, REHABRX_TEST_DB_PASSWORD) pointing at a server \
                    where that user may create databases.""".formatted(
                    source, server.maintenanceUrl, server.username, e.getMessage()), e);
        }
    }

    String urlOf(String database) {
        return PostgresUrl.parse(maintenanceUrl).withDatabase(database).toString();
    }

    void execute(String sql) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    List<String> databaseNamesStartingWith(String prefix) {
        try (var connection = connect();
             var statement = connection.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?")) {
            statement.setString(1, prefix + "%");
            var names = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list test databases", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(maintenanceUrl, username, password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
