package org.rehabrx.web.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.rehabrx.db.PostgresUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects once before start-up: creates the database when only it is missing, explains when the server is. */
final class DatabaseCreator {

    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

    private DatabaseCreator() {
    }

    static void ensureExists(String url, String username, String password) {
        try (Connection ignored = connect(url, username, password)) {
            return;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw new DatabaseUnavailableException(url, username, e.getMessage());
            }
        }
        create(PostgresUrl.parse(url), username, password);
    }

    private static void create(PostgresUrl url, String username, String password) {
        if (!url.hasPlainDatabaseName()) {
            throw new DatabaseUnavailableException(url.toString(), username,
                    "the database does not exist, and its name is not one RehabRx creates by itself");
        }
        String maintenanceUrl = url.withDatabase(MAINTENANCE_DATABASE).toString();
        try (Connection connection = connect(maintenanceUrl, username, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + url.database());
            log.info("Created the database {} on {}", url.database(), url.server());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url.toString(), username,
                    "the database does not exist and could not be created: " + e.getMessage());
        }
    }

    private static Connection connect(String url, String username, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }
}
