package org.rehabrx.web.operations;

import java.util.function.Supplier;

import org.rehabrx.core.progression.RefreshTally;
import org.rehabrx.web.shared.AfterCommit;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The clinical work RehabRx does, as totals an operator can graph. A change made in a transaction is counted
 * once the transaction commits, so that a refused or rolled-back change never shows as done.
 */
@Component
public class ClinicalMetrics {

    private final Counter handoutsGenerated;
    private final Timer handoutRendering;
    private final Counter programmesActivated;
    private final Counter proposalsAccepted;
    private final Counter proposalsRejected;
    private final Timer progressionRefresh;
    private final Counter refreshedProgrammes;
    private final Counter refreshProposals;

    ClinicalMetrics(MeterRegistry registry) {
        handoutsGenerated = Counter.builder("rehabrx.handouts.generated")
                .description("Handout PDFs rendered").register(registry);
        handoutRendering = Timer.builder("rehabrx.handouts.render")
                .description("Time spent laying out a handout PDF").register(registry);
        programmesActivated = Counter.builder("rehabrx.programmes.activated")
                .description("Programmes handed over to their patient").register(registry);
        proposalsAccepted = proposalsDecided(registry, "accepted");
        proposalsRejected = proposalsDecided(registry, "rejected");
        progressionRefresh = Timer.builder("rehabrx.progression.refresh")
                .description("Nightly refreshes of every active programme's proposals").register(registry);
        refreshedProgrammes = Counter.builder("rehabrx.progression.refresh.programmes")
                .description("Active programmes the nightly refreshes weighed").register(registry);
        refreshProposals = Counter.builder("rehabrx.progression.refresh.proposals.created")
                .description("Proposals the nightly refreshes stored for review").register(registry);
    }

    private static Counter proposalsDecided(MeterRegistry registry, String decision) {
        return Counter.builder("rehabrx.proposals.decided").tag("decision", decision)
                .description("Progression proposals a clinician decided on").register(registry);
    }

    /** Renders a handout, timing the layout and counting it once it is done. */
    public byte[] renderHandout(Supplier<byte[]> renderer) {
        var pdf = handoutRendering.record(renderer);
        handoutsGenerated.increment();
        return pdf;
    }

    public void programmeActivated() {
        AfterCommit.run(programmesActivated::increment);
    }

    public void proposalAccepted() {
        AfterCommit.run(proposalsAccepted::increment);
    }

    public void proposalRejected() {
        AfterCommit.run(proposalsRejected::increment);
    }

    /** Counts a refresh whose transaction has committed. */
    public void progressionRefreshed(RefreshTally tally) {
        progressionRefresh.record(tally.took());
        refreshedProgrammes.increment(tally.programmes());
        refreshProposals.increment(tally.created());
    }
}
