package org.rehabrx.bench.patient;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Wraps a connection so that every query a caller prepares is first run under
 * {@code EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON)} with the same parameters, and the execution time the
 * server reports is added up; the query itself then runs as usual, so the caller sees no difference. This is
 * how the application's adapter is measured without copying its SQL.
 */
final class ExecutionTimes {

    private static final Pattern EXECUTION_TIME = Pattern.compile("\"Execution Time\": ([0-9.]+)");

    private double milliseconds;
    private int statements;

    /** The connection to hand to the code under measurement. */
    Connection measuring(Connection connection) {
        return proxy(Connection.class, (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                return measured((PreparedStatement) result, connection, sql);
            }
            return result;
        });
    }

    /** Resets the total, returning the milliseconds gathered since the last call. */
    double take() {
        double taken = milliseconds;
        milliseconds = 0;
        return taken;
    }

    int statements() {
        return statements;
    }

    private PreparedStatement measured(PreparedStatement statement, Connection connection, String sql) {
        var parameters = new TreeMap<Integer, Object[]>();
        return proxy(PreparedStatement.class, (proxy, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, new Object[] {method, args});
            } else if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                explain(connection, sql, parameters);
            }
            return invoke(statement, method, args);
        });
    }

    private void explain(Connection connection, String sql, TreeMap<Integer, Object[]> parameters) throws SQLException {
        try (var explain = connection.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql)) {
            for (var parameter : parameters.values()) {
                invoke(explain, (Method) parameter[0], (Object[]) parameter[1]);
            }
            try (var plan = explain.executeQuery()) {
                plan.next();
                var matcher = EXECUTION_TIME.matcher(plan.getString(1));
                if (!matcher.find()) {
                    throw new IllegalStateException("The plan reports no execution time");
                }
                milliseconds += Double.parseDouble(matcher.group(1));
                statements++;
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sqlException) {
                throw sqlException;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
