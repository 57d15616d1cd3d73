package org.rehabrx.db.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A freshly created PostgreSQL database for one test run, dropped when the JVM exits.
 *
 * <p>The server is chosen once per JVM, in this order: the JDBC URL in {@code REHABRX_TEST_DB_URL}
 * (with {@code REHABRX_TEST_DB_USER} / {@code REHABRX_TEST_DB_PASSWORD}); a {@code postgres:17}
 * container where a Docker engine answers; the local server at {@code localhost:5432}. With none
 * of them reachable, creating a database fails with a message that says how to provide one —
 * tests that need PostgreSQL fail, they are never skipped.
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    private static final String NAME_PREFIX = "rehabrx_test_";
    /** Databases of runs that were killed before they could drop theirs are removed after this long. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private static final List<TestDatabase> CREATED = new ArrayList<>();
    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
    }

    /** Creates a new, empty database on the test server. */
    public static TestDatabase create() {
        var database = notYetCreated();
        TestServer.get().execute("CREATE DATABASE " + database.name());
        return database;
    }

    /** A database name on the test server that nothing uses yet; whoever creates it, it is dropped at exit. */
    public static synchronized TestDatabase notYetCreated() {
        var server = TestServer.get();
        String name = NAME_PREFIX + Instant.now().getEpochSecond() + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        var database = new TestDatabase(name, server.urlOf(name), server.username(), server.password());
        CREATED.add(database);
        return database;
    }

    public static boolean exists(TestDatabase database) {
        return TestServer.get().databaseNamesStartingWith(database.name()).contains(database.name());
    }

    /**
     * A small connection pool for this database, like the running application's; the same pool on every call.
     * Opening a PostgreSQL connection costs tens of milliseconds, which statement-by-statement tests would
     * otherwise mostly wait for.
     */
    public DataSource dataSource() {
        return POOLS.computeIfAbsent(name, ignored -> {
            var pool = new HikariDataSource();
            pool.setJdbcUrl(jdbcUrl);
            pool.setUsername(username);
            pool.setPassword(password);
            pool.setMaximumPoolSize(4);
            pool.setMinimumIdle(0);
            pool.setPoolName("test-" + name);
            return pool;
        });
    }

    private static synchronized void dropAll() {
        if (CREATED.isEmpty()) {
            return;
        }
        POOLS.values().forEach(HikariDataSource::close);
        var server = TestServer.get();
        for (var database : CREATED) {
            server.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        }
        CREATED.clear();
    }

    static void dropAbandoned(TestServer server) {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        for (String name : server.databaseNamesStartingWith(NAME_PREFIX)) {
            String[] parts = name.substring(NAME_PREFIX.length()).split("_");
            if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit)
                    && Long.parseLong(parts[0]) < cutoff) {
                server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
