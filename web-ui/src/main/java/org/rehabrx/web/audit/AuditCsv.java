package org.rehabrx.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Audit events as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or
 * line break, quotes doubled). A field that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("sequence", "occurred_at", "actor_username", "actor_role", "action",
            "patient_reference", "subject_type", "subject_id", "outcome", "client_address", "hash");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(AuditEventRow row) {
        line(List.of(Long.toString(row.sequence()), row.occurredAt().toString(), row.actor(), text(row.role()),
                row.action().name(), row.patientReference(), text(row.subjectType()),
                row.subjectId() == null ? "" : row.subjectId().toString(), row.outcome().name(), row.clientAddress(),
                row.hash()));
    }

    private static String text(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private void line(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The audit export could not be written", e);
        }
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
