package org.rehabrx.web.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application executes on the calling thread while {@link #during} runs, by
 * wrapping every {@link DataSource} of the context. Each execution counts once, whatever the statement's kind; the
 * statements are kept as their SQL text so that a failing assertion shows what was sent.
 * <p>
 * Add it to a test context with {@code @Import(SqlStatements.class)}; the wrapped context is a context of its own.
 */
public final class SqlStatements implements BeanPostProcessor {

    private final ThreadLocal<@Nullable List<String>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    /** The statements executed on this thread while the work ran, in order. */
    public List<String> during(Runnable work) {
        return during(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** The work's result with the statements executed on this thread while it ran. */
    public <T extends @Nullable Object> Recorded<T> during(Supplier<T> work) {
        var statements = new ArrayList<String>();
        var outer = recording.get();
        recording.set(statements);
        try {
            var result = work.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            recording.set(outer);
            if (outer != null) {
                outer.addAll(statements);
            }
        }
    }

    public record Recorded<T extends @Nullable Object>(T result, List<String> statements) {
    }

    private void executed(@Nullable String sql) {
        var statements = recording.get();
        if (statements != null) {
            statements.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").strip());
        }
    }

    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(obtainTargetDataSource().getConnection(username, password));
        }

        private Connection counting(Connection connection) {
            return proxy(Connection.class, connection, (method, arguments, result) -> {
                if (result instanceof CallableStatement statement) {
                    return statement(CallableStatement.class, statement, (String) arguments[0]);
                }
                if (result instanceof PreparedStatement statement) {
                    return statement(PreparedStatement.class, statement, (String) arguments[0]);
                }
                if (result instanceof Statement statement) {
                    return statement(Statement.class, statement, null);
                }
                return result;
            });
        }

        private <S extends Statement> S statement(Class<S> type, S statement, @Nullable String prepared) {
            return proxy(type, statement, (method, arguments, result) -> {
                if (method.getName().startsWith("execute")) {
                    executed(arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                            ? sql : prepared);
                }
                return result;
            });
        }
    }

    /** What a proxied call returns, given the target's own answer. */
    private interface After {
        @Nullable Object apply(Method method, @Nullable Object[] arguments, @Nullable Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
            return after.apply(method, arguments, result);
        };
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
