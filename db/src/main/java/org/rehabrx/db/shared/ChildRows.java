package org.rehabrx.db.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the child rows of many parents in one query, grouped by parent in the order the query returns them. */
public final class ChildRows {

    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private ChildRows() {
    }

    public static <K, V> Map<K, List<V>> grouped(JdbcClient.StatementSpec query, Reader<K> parent, Reader<V> child) {
        var children = new HashMap<K, List<V>>();
        query.query((RowCallbackHandler) row ->
                children.computeIfAbsent(parent.read(row), key -> new ArrayList<>()).add(child.read(row)));
        return children;
    }
}
