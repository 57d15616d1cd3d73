package org.rehabrx.db;

import java.util.regex.Pattern;

/**
 * A PostgreSQL JDBC URL of the form {@code jdbc:postgresql://host[:port]/database[?parameters]},
 * split so that the same server can be addressed under another database name — to create a
 * missing database from the server's maintenance database, for example.
 */
public record PostgresUrl(String server, String database, String parameters) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)/([^?]*)(\\?.*)?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static PostgresUrl parse(String jdbcUrl) {
        var matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches() || matcher.group(2).isEmpty()) {
            throw new IllegalArgumentException(
                    "Expected a URL like jdbc:postgresql://localhost:5432/rehabrx, got: " + jdbcUrl);
        }
        return new PostgresUrl(matcher.group(1), matcher.group(2),
                matcher.group(3) == null ? "" : matcher.group(3));
    }

    public PostgresUrl withDatabase(String otherDatabase) {
        return new PostgresUrl(server, otherDatabase, parameters);
    }

    /** Whether the name can be used in DDL without quoting tricks; other names are never created automatically. */
    public boolean hasPlainDatabaseName() {
        return PLAIN_NAME.matcher(database).matches();
    }

    @Override
    public String toString() {
        return server + "/" + database + parameters;
    }
}
