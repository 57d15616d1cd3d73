package org.rehabrx.db.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants to {@code timestamptz} and back; the JDBC driver speaks {@link OffsetDateTime}, not {@link Instant}.
 * PostgreSQL keeps microseconds: an instant with nanoseconds comes back truncated to microseconds.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static @Nullable OffsetDateTime of(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        var value = readOptional(row, column);
        if (value == null) {
            throw new SQLException("Column " + column + " is empty");
        }
        return value;
    }

    public static @Nullable Instant readOptional(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
