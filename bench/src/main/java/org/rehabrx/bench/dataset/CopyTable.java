package org.rehabrx.bench.dataset;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table streamed into {@code COPY … FROM STDIN} (text format) in batches of about a megabyte,
 * with the rate shown on standard error as it goes. Every value is escaped the way the text format wants,
 * so free text cannot break a row.
 */
final class CopyTable implements AutoCloseable {

    private static final int BATCH_BYTES = 1 << 20;
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final String table;
    private final long expectedRows;
    private final PrintStream progress;
    private final CopyIn copy;
    private final StringBuilder batch = new StringBuilder(BATCH_BYTES + 4096);
    private final long startedAt = System.nanoTime();
    private long rows;
    private long lastShownAt = startedAt;
    private boolean rowStarted;

    private CopyTable(String table, long expectedRows, PrintStream progress, CopyIn copy) {
        this.table = table;
        this.expectedRows = expectedRows;
        this.progress = progress;
        this.copy = copy;
    }

    static CopyTable into(Connection connection, String table, String columns, long expectedRows,
                          PrintStream progress) throws SQLException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        return new CopyTable(table, expectedRows, progress, copy);
    }

    CopyTable value(@Nullable Object value) {
        if (rowStarted) {
            batch.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> batch.append("\\N");
            case String text -> escaped(text);
            case Instant instant -> batch.append(instant);
            case LocalDate date -> batch.append(date);
            case UUID id -> batch.append(id);
            case Collection<?> texts -> array(texts);
            default -> batch.append(value);
        }
        return this;
    }

    CopyTable values(@Nullable Object... values) {
        for (Object value : values) {
            value(value);
        }
        return this;
    }

    void endRow() throws SQLException {
        batch.append('\n');
        rowStarted = false;
        rows++;
        if (batch.length() >= BATCH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> batch.append("\\\\");
                case '\t' -> batch.append("\\t");
                case '\n' -> batch.append("\\n");
                case '\r' -> batch.append("\\r");
                default -> batch.append(c);
            }
        }
    }

    /** An array literal of texts: every element quoted, so commas and braces inside them are harmless. */
    private void array(Collection<?> texts) {
        var literal = new StringBuilder("{");
        for (Object text : texts) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        escaped(literal.append('}').toString());
    }

    private void flush() throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
        long now = System.nanoTime();
        if (now - lastShownAt >= PROGRESS_EVERY_NANOS) {
            lastShownAt = now;
            show(false);
        }
    }

    private void show(boolean done) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startedAt) / 1e9);
        int percent = expectedRows == 0 ? 100 : (int) Math.min(100, rows * 100 / expectedRows);
        int filled = percent / 5;
        progress.printf(Locale.ROOT, "\r  %-26s [%s%s] %3d%% %,11d rows %,9.0f rows/s %6.1f s%s", table,
                "#".repeat(filled), " ".repeat(20 - filled), done ? 100 : percent, rows, rows / seconds, seconds,
                done ? "\n" : "");
        progress.flush();
    }

    @Override
    public void close() throws SQLException {
        if (!batch.isEmpty()) {
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            batch.setLength(0);
        }
        copy.endCopy();
        show(true);
    }
}
