package org.rehabrx.bench.patient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.rehabrx.bench.dataset.Arguments;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.caseload.CaseloadColumn;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.CaseloadQuery;
import org.rehabrx.core.caseload.CaseloadSort;
import org.rehabrx.db.caseload.JdbcCaseload;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The clinician's patient search as they type, against a generated data set: for name fragments and
 * reference prefixes drawn (seeded) from the patients themselves, each typed by a clinician of the patient's
 * care team, the caseload's first page (50 rows, by name, as the grid asks) with its count — through the
 * application's own {@link JdbcCaseload}. Times are the server's execution times of the statements
 * (EXPLAIN ANALYZE with timing off), added up per search. Side by side, the same searches as a plain ILIKE
 * scan: the first page with the count of the patients whose name or reference matches and who are in the
 * clinician's care team, with the search's covering index dropped inside a transaction that is rolled back —
 * the search as it is written without any index to serve it.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.rehabrx.bench.patient.PatientSearchBenchmark \
 *     --url 'jdbc:postgresql://127.0.0.1:5432/rehabrx_bench?user=postgres' --names 100 --references 50 --repeats 3</pre>
 */
public final class PatientSearchBenchmark {

    /** The day the generated data set is dated to. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int PAGE = 50;
    /** What serves the application's search; the plain scan runs without it. */
    private static final String SEARCH_INDEX = "patient_caseload_search_ix";
    private static final String PLAIN_SCAN = """
             FROM patient p
            WHERE p.status = 'ACTIVE' AND (p.name ILIKE :pattern ESCAPE '\\' OR p.reference ILIKE :pattern ESCAPE '\\')
              AND EXISTS (SELECT 1 FROM patient_care_team t WHERE t.patient_id = p.id AND t.clinician_id = :clinician)
            """;

    private PatientSearchBenchmark() {
    }

    record Search(String text, AccountId clinician, boolean reference) {
    }

    public static void main(String[] args) throws SQLException {
        var arguments = Arguments.parse(args, Map.of("--names", "100", "--references", "50", "--repeats", "3",
                "--seed", "42"), "--url");
        int repeats = Integer.parseInt(arguments.get("--repeats"));
        try (Connection connection = DriverManager.getConnection(arguments.get("--url"))) {
            var searches = searches(connection, Integer.parseInt(arguments.get("--names")),
                    Integer.parseInt(arguments.get("--references")), Long.parseLong(arguments.get("--seed")));
            var times = new ExecutionTimes();
            var caseload = new JdbcCaseload(JdbcClient.create(
                    new SingleConnectionDataSource(times.measuring(connection), true)));
            System.out.printf(Locale.ROOT, "%d searches (%d name fragments, %d reference prefixes), %d repeats;"
                    + " in-DB execution time of the first page with its count per search, ms%n", searches.size(),
                    searches.stream().filter(s -> !s.reference()).count(),
                    searches.stream().filter(Search::reference).count(), repeats);
            SearchStatements application = search -> applicationSearch(caseload, search);
            var plainJdbc = JdbcClient.create(new SingleConnectionDataSource(times.measuring(connection), true));
            SearchStatements plain = search -> plainScan(plainJdbc, search);
            run(application, times, searches, 1, "warm-up");
            var indexed = new ArrayList<Summary>();
            for (int r = 1; r <= repeats; r++) {
                indexed.add(run(application, times, searches, r, "indexed"));
            }
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("DROP INDEX " + SEARCH_INDEX);
            }
            var unindexed = new ArrayList<Summary>();
            try {
                run(plain, times, searches, 1, "warm-up, unindexed");
                for (int r = 1; r <= repeats; r++) {
                    unindexed.add(run(plain, times, searches, r, "unindexed ILIKE scan"));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            System.out.printf(Locale.ROOT, "across repeats (median [min–max]): indexed p95 %s, median %s;"
                            + " unindexed p95 %s, median %s; speed-up of the median search %s%n",
                    across(indexed, Summary::p95), across(indexed, Summary::median),
                    across(unindexed, Summary::p95), across(unindexed, Summary::median),
                    speedUps(indexed, unindexed));
        }
    }

    /** Fragments as typed: the first 3 to 6 letters of a word of a patient's name, or 4 to 8 characters of a reference. */
    private static List<Search> searches(Connection connection, int names, int references, long seed)
            throws SQLException {
        var random = new SplittableRandom(seed);
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        long patients = jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
        var searches = new ArrayList<Search>();
        for (int i = 0; i < names + references; i++) {
            var row = jdbc.sql("""
                    SELECT p.name, p.reference, (SELECT min(t.clinician_id::text) FROM patient_care_team t
                                                  WHERE t.patient_id = p.id) AS clinician
                      FROM patient p ORDER BY p.id OFFSET ? LIMIT 1""")
                    .param(random.nextLong(patients)).query().singleRow();
            var clinician = new AccountId(UUID.fromString((String) row.get("clinician")));
            if (i < names) {
                var words = Arrays.stream(((String) row.get("name")).split("[ -]"))
                        .filter(word -> word.length() >= 3).toList();
                String word = words.get(random.nextInt(words.size()));
                searches.add(new Search(word.substring(0, Math.min(word.length(), 3 + random.nextInt(4))),
                        clinician, false));
            } else {
                String reference = (String) row.get("reference");
                searches.add(new Search(reference.substring(0, 4 + random.nextInt(5)), clinician, true));
            }
        }
        return searches;
    }

    /** One search as the grid makes it: its first page with its count. */
    private interface SearchStatements {
        void run(Search search);
    }

    private static void applicationSearch(JdbcCaseload caseload, Search search) {
        var query = new CaseloadQuery(search.clinician(), TODAY, CaseloadFilter.ACTIVE_PATIENTS.withSearch(search.text()));
        caseload.firstPage(query, List.of(CaseloadSort.ascending(CaseloadColumn.NAME)), PAGE);
    }

    private static void plainScan(JdbcClient jdbc, Search search) {
        var parameters = Map.<String, Object>of("pattern", SqlValues.likeContaining(search.text()),
                "clinician", search.clinician().value());
        jdbc.sql("SELECT p.id, p.reference, p.name, count(*) OVER () AS total" + PLAIN_SCAN
                        + " ORDER BY lower(p.name), p.reference, p.id LIMIT " + PAGE)
                .params(parameters).query().listOfRows();
    }

    private static Summary run(SearchStatements statements, ExecutionTimes times, List<Search> searches, int repeat,
                               String label) {
        double[] milliseconds = new double[searches.size()];
        times.take();
        for (int i = 0; i < searches.size(); i++) {
            statements.run(searches.get(i));
            milliseconds[i] = times.take();
        }
        var summary = Summary.of(milliseconds);
        if (!label.startsWith("warm-up")) {
            var names = new ArrayList<Double>();
            var references = new ArrayList<Double>();
            for (int i = 0; i < searches.size(); i++) {
                (searches.get(i).reference() ? references : names).add(milliseconds[i]);
            }
            var byName = Summary.of(names.stream().mapToDouble(Double::doubleValue).toArray());
            var byReference = Summary.of(references.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf(Locale.ROOT, "  %-22s repeat %d: median %7.2f  p95 %7.2f  max %7.2f"
                            + "   (names: median %.2f p95 %.2f; references: median %.2f p95 %.2f)%n", label, repeat,
                    summary.median(), summary.p95(), summary.max(), byName.median(), byName.p95(),
                    byReference.median(), byReference.p95());
        }
        return summary;
    }

    record Summary(double median, double p95, double max) {
        static Summary of(double[] values) {
            var sorted = values.clone();
            Arrays.sort(sorted);
            return new Summary(percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
        }

        /** Nearest-rank percentile. */
        private static double percentile(double[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    private static String across(List<Summary> summaries, ToDoubleFunction<Summary> figure) {
        double[] values = summaries.stream().mapToDouble(figure).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", values[values.length / 2], values[0],
                values[values.length - 1]);
    }

    private static String speedUps(List<Summary> indexed, List<Summary> unindexed) {
        var ratios = new ArrayList<Double>();
        for (int i = 0; i < indexed.size(); i++) {
            ratios.add(unindexed.get(i).median() / indexed.get(i).median());
        }
        ratios.sort(Double::compare);
        return String.format(Locale.ROOT, "%.1f× [%.1f–%.1f]", ratios.get(ratios.size() / 2), ratios.getFirst(),
                ratios.getLast());
    }
}
