package org.rehabrx.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rehabrx.core.audit.AuditChain;
import org.rehabrx.db.audit.JdbcAuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Checks a generated data set without starting the application: the row counts the scale calls for, that
 * every programme version holds 7 to 12 exercises and every date lies before the fixed day, and that the
 * audit chain verifies, read through the application's own adapter and checked by its own verifier.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.rehabrx.bench.dataset.VerifyDataSet --url … [--scale 1.0]</pre>
 */
public final class VerifyDataSet {

    private static final int CHAIN_PAGE = 10_000;

    private VerifyDataSet() {
    }

    public static void main(String[] args) throws SQLException {
        var arguments = Arguments.parse(args, Map.of("--scale", "1.0"), "--url");
        double scale = Double.parseDouble(arguments.get("--scale"));
        try (Connection connection = DriverManager.getConnection(arguments.get("--url"))) {
            verify(connection, (int) Math.round(100_000 * scale), Math.round(200_000 * scale), System.err);
        }
    }

    static void verify(Connection connection, int patients, long auditEvents, PrintStream out) {
        var dataSource = new SingleConnectionDataSource(connection, true);
        var jdbc = JdbcClient.create(dataSource);
        var problems = new ArrayList<String>();
        out.println("- verification");
        for (String table : List.of("account", "exercise", "patient", "patient_care_team", "programme",
                "programme_version", "prescribed_exercise", "caution_acknowledgement", "programme_education_block",
                "session_log", "proposal", "proposal_log", "audit_event")) {
            long rows = jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
            out.printf(Locale.ROOT, "  %-26s %,11d rows%n", table, rows);
        }
        expect(problems, jdbc, "accounts", "SELECT count(*) FROM account", 101, 101);
        expect(problems, jdbc, "clinicians who can sign in",
                "SELECT count(*) FROM account WHERE role = 'CLINICIAN' AND enabled AND username ~ '^clinician[0-9]{3}$'",
                100, 100);
        expect(problems, jdbc, "patients", "SELECT count(*) FROM patient", patients, patients);
        expect(problems, jdbc, "programme versions", "SELECT count(*) FROM programme_version",
                patients * 13L / 10, patients * 17L / 10);
        expect(problems, jdbc, "session logs", "SELECT count(*) FROM session_log", patients * 8L, patients * 12L);
        expect(problems, jdbc, "pending proposals", "SELECT count(*) FROM proposal WHERE status = 'PENDING'",
                patients / 50, patients / 10);
        expect(problems, jdbc, "audit events", "SELECT count(*) FROM audit_event", auditEvents, auditEvents);
        expect(problems, jdbc, "versions outside 7 to 12 exercises", """
                SELECT count(*) FROM (SELECT count(*) AS n FROM prescribed_exercise GROUP BY programme_id, number) v
                 WHERE n NOT BETWEEN 7 AND 12""", 0, 0);
        expect(problems, jdbc, "programmes without their current version", """
                SELECT count(*) FROM programme p WHERE NOT EXISTS
                  (SELECT 1 FROM programme_version v WHERE v.programme_id = p.id AND v.number = p.current_number)""",
                0, 0);
        expect(problems, jdbc, "session logs on or after " + Clinic.TODAY,
                "SELECT count(*) FROM session_log WHERE log_date >= DATE '" + Clinic.TODAY + "'", 0, 0);
        expect(problems, jdbc, "patients without a care team", """
                SELECT count(*) FROM patient p WHERE NOT EXISTS (SELECT 1 FROM patient_care_team t WHERE t.patient_id = p.id)""",
                0, 0);

        var trail = new JdbcAuditTrail(jdbc, new DataSourceTransactionManager(dataSource));
        var verifier = AuditChain.verifier();
        long after = 0;
        List<org.rehabrx.core.audit.AuditEvent> page;
        do {
            page = trail.chainAfter(after, CHAIN_PAGE);
            for (var event : page) {
                if (!verifier.check(event)) {
                    break;
                }
                after = event.sequence();
            }
        } while (page.size() == CHAIN_PAGE && verifier.result().intact());
        var chain = verifier.result();
        out.printf(Locale.ROOT, "  audit chain: %,d events checked, %s%n", chain.eventsChecked(),
                chain.intact() ? "intact" : "broken at " + chain.firstBrokenLink());
        if (!chain.intact() || chain.eventsChecked() != auditEvents) {
            problems.add("the audit chain does not verify: " + chain);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The data set is not as generated: " + String.join("; ", problems));
        }
        out.println("  every check passed");
    }

    private static void expect(List<String> problems, JdbcClient jdbc, String what, String sql, long min, long max) {
        long value = jdbc.sql(sql).query(Long.class).single();
        if (value < min || value > max) {
            problems.add(String.format(Locale.ROOT, "%s: %,d, expected %,d to %,d", what, value, min, max));
        }
    }
}
