package org.rehabrx.db.shared;

import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Parameter values that may be empty, typed so that the driver binds a NULL of the right type without
 * asking the server for the statement's parameter types first.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static Object uuid(@Nullable UUID value) {
        return new SqlParameterValue(Types.OTHER, "uuid", value);
    }

    public static Object integer(@Nullable Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    public static Object text(@Nullable String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    public static Object timestamp(@Nullable Instant value) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Timestamps.of(value));
    }

    /**
     * A LIKE pattern that finds the text anywhere, taken literally: LIKE's wildcards and its escape character
     * (the backslash, PostgreSQL's default) match only themselves.
     */
    public static String likeContaining(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
