package org.rehabrx.bench.progression;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.rehabrx.core.progression.RefreshTally;
import org.rehabrx.core.progression.ReviewRefresh;
import org.rehabrx.db.audit.JdbcAuditTrail;
import org.rehabrx.db.exercise.JdbcExercises;
import org.rehabrx.db.progression.JdbcActiveProgrammeEvidence;
import org.rehabrx.db.progression.JdbcNewProposals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the refresh of every active programme's proposals, each run in one transaction as the scheduled job
 * runs it, and prints every run, the median, minimum and maximum, and what the runs did.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.rehabrx.bench.progression.ReviewRefreshBenchmark \
 *     'jdbc:postgresql://127.0.0.1:5432/rehabrx_scale?user=postgres' --runs=5 [--clear-proposals]
 * </pre>
 *
 * {@code --clear-proposals} empties the proposal tables before every run, so that each run is a first run that
 * proposes for every programme with enough logs; without it, the first run stores what is missing and the
 * later ones find everything stored, as on a usual night. Each run appends one audit event. Never point it
 * with {@code --clear-proposals} at a database whose proposals matter.
 */
public final class ReviewRefreshBenchmark {

    private ReviewRefreshBenchmark() {
    }

    public static void main(String[] args) {
        var options = Options.of(args);
        var dataSource = new DriverManagerDataSource(options.url());
        var transactions = new DataSourceTransactionManager(dataSource);
        var jdbc = JdbcClient.create(dataSource);
        var refresh = new ReviewRefresh(new JdbcActiveProgrammeEvidence(jdbc), new JdbcExercises(jdbc),
                new JdbcNewProposals(jdbc), new JdbcAuditTrail(jdbc, transactions), Clock.systemUTC());
        var inOneTransaction = new TransactionTemplate(transactions);
        var times = new ArrayList<Duration>();
        for (int run = 1; run <= options.runs(); run++) {
            if (options.clearProposals()) {
                jdbc.sql("TRUNCATE proposal_log, proposal").update();
            }
            long started = System.nanoTime();
            RefreshTally tally = Objects.requireNonNull(inOneTransaction.execute(status -> refresh.run()));
            var took = Duration.ofNanos(System.nanoTime() - started);
            times.add(took);
            System.out.printf("run %d: %d ms (refresh itself %d ms): %d programmes, %d skipped, %d proposals, "
                            + "%d created%n", run, took.toMillis(), tally.took().toMillis(), tally.programmes(),
                    tally.skipped(), tally.proposals(), tally.created());
        }
        var sorted = times.stream().sorted().toList();
        System.out.printf("%d runs: median %d ms, min %d ms, max %d ms%n", sorted.size(), median(sorted).toMillis(),
                sorted.getFirst().toMillis(), sorted.getLast().toMillis());
    }

    private static Duration median(List<Duration> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private record Options(String url, int runs, boolean clearProposals) {

        static Options of(String[] args) {
            var urls = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
            if (urls.size() != 1) {
                throw new IllegalArgumentException(
                        "Usage: ReviewRefreshBenchmark '<jdbc url>' [--runs=5] [--clear-proposals]");
            }
            int runs = Arrays.stream(args).filter(arg -> arg.startsWith("--runs="))
                    .map(arg -> Integer.parseInt(arg.substring("--runs=".length()))).findFirst().orElse(5);
            if (runs < 1) {
                throw new IllegalArgumentException("Run at least once.");
            }
            boolean clear = Arrays.asList(args).contains("--clear-proposals");
            Arrays.stream(args).filter(arg -> arg.startsWith("--") && !arg.startsWith("--runs=")
                    && !arg.equals("--clear-proposals")).findFirst().ifPresent(unknown -> {
                        throw new IllegalArgumentException("Unknown option " + unknown);
                    });
            return new Options(urls.getFirst(), runs, clear);
        }
    }
}
