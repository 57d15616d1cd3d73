package org.rehabrx.web.progression;

import java.util.Objects;

import org.rehabrx.core.progression.RefreshTally;
import org.rehabrx.core.progression.ReviewRefresh;
import org.rehabrx.web.operations.ClinicalMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes the proposals of every active programme at night ({@code rehabrx.progression.refresh-cron}, by
 * default 02:30 every day; {@code -} switches it off), so that each morning the review lists what the latest
 * session logs call for, also where no one has evaluated a programme since. It runs in one transaction, which
 * streams the evidence and leaves either every new proposal of the run or none. It logs counts only.
 */
@Component
public class ReviewRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRefreshJob.class);

    private final ReviewRefresh refresh;
    private final TransactionTemplate inOneTransaction;
    private final ClinicalMetrics metrics;

    ReviewRefreshJob(ReviewRefresh refresh, PlatformTransactionManager transactions, ClinicalMetrics metrics) {
        this.refresh = refresh;
        this.inOneTransaction = new TransactionTemplate(transactions);
        this.metrics = metrics;
    }

    @Scheduled(cron = "${rehabrx.progression.refresh-cron:0 30 2 * * *}")
    public RefreshTally run() {
        var tally = Objects.requireNonNull(inOneTransaction.execute(status -> refresh.run()));
        metrics.progressionRefreshed(tally);
        LOG.info("Progression refresh: {} active programmes ({} not evaluable), {} proposals to decide on, {} new, "
                        + "in {} ms", tally.programmes(), tally.skipped(), tally.proposals(), tally.created(),
                tally.took().toMillis());
        return tally;
    }
}
