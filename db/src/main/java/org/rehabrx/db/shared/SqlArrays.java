package org.rehabrx.db.shared;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * PostgreSQL arrays as statement parameters and back: ordered lists of text, sets of enum names, and the
 * id arrays that load the children of many rows in one query ({@code WHERE parent_id = ANY(:ids)}).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** A {@code text[]} parameter keeping the order of the list. */
    public static Object text(List<String> values) {
        return array("text", values.toArray(String[]::new));
    }

    /** A {@code text[]} parameter of enum names, in the order the enum declares them. */
    public static <E extends Enum<E>> Object enumNames(Set<E> values) {
        return array("text", values.stream().sorted(Comparator.naturalOrder()).map(Enum::name)
                .toArray(String[]::new));
    }

    /** A {@code uuid[]} parameter. */
    public static Object uuids(Collection<UUID> values) {
        return array("uuid", values.toArray(UUID[]::new));
    }

    /** A {@code uuid[]} parameter of the ids' values, in the order given. */
    public static <T> Object uuids(Collection<T> ids, Function<T, UUID> value) {
        return array("uuid", ids.stream().map(value).toArray(UUID[]::new));
    }

    /** A {@code numeric[]} parameter; an element may be empty. */
    public static Object decimals(List<@Nullable BigDecimal> values) {
        return array("numeric", values.toArray(BigDecimal[]::new));
    }

    /** An {@code int[]} parameter. */
    public static Object integers(Collection<Integer> values) {
        return array("int4", values.toArray(Integer[]::new));
    }

    public static List<String> readText(ResultSet row, String column) throws SQLException {
        return List.of((String[]) elements(row, column));
    }

    public static <E extends Enum<E>> Set<E> readEnums(ResultSet row, String column, Class<E> type)
            throws SQLException {
        var values = EnumSet.noneOf(type);
        for (Object name : elements(row, column)) {
            values.add(Enum.valueOf(type, (String) name));
        }
        return values;
    }

    public static List<UUID> readUuids(ResultSet row, String column) throws SQLException {
        return new ArrayList<>(Arrays.asList((UUID[]) elements(row, column)));
    }

    private static Object[] elements(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            throw new SQLException("Column " + column + " holds no array");
        }
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static Object array(String elementType, Object[] elements) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, @Nullable String typeName)
                    throws SQLException {
                return connection.createArrayOf(elementType, elements);
            }
        };
    }
}
