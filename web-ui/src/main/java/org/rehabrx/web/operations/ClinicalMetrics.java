package org.rehabrx.web.operations;

import java.time.Duration;
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
    private final Timer patientPage;
    private final Timer programmeSave;
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
        patientPage = withHistogram(Timer.builder("rehabrx.patient.page")
                .description("Time to build a patient page on the server: record, audit event and components"),
                Duration.ofMillis(30)).register(registry);
        programmeSave = withHistogram(Timer.builder("rehabrx.programme.save")
                .description("Time to save a programme version from the editor, audit event and commit included"),
                Duration.ofMillis(50)).register(registry);
        progressionRefresh = Timer.builder("rehabrx.progression.refresh")
                .description("Nightly refreshes of every active programme's proposals").register(registry);
        refreshedProgrammes = Counter.builder("rehabrx.progression.refresh.programmes")
                .description("Active programmes the nightly refreshes weighed").register(registry);
        refreshProposals = Counter.builder("rehabrx.progression.refresh.proposals.created")
                .description("Proposals the nightly refreshes stored for review").register(registry);
    }

    /** Buckets from which a percentile can be read at the scraper, with the target time as one of their bounds. */
    private static Timer.Builder withHistogram(Timer.Builder timer, Duration target) {
        return timer.publishPercentileHistogram().serviceLevelObjectives(target)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10));
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

    public void timePatientPage(Runnable build) {
        patientPage.record(build);
    }

    public <T> T timeProgrammeSave(Supplier<T> save) {
        return programmeSave.record(save);
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
