package org.rehabrx.web.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import io.micrometer.core.instrument.MeterRegistry;

/** The nightly refresh as the application schedules and runs it, against its own database. */
@SpringBootTest(properties = "rehabrx.test.context=review-refresh")
@WithTestDatabase
class ReviewRefreshJobTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewRefreshJob job;
    @Autowired
    Accounts accounts;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionLogs sessionLogs;
    @Autowired
    Proposals proposals;
    @Autowired
    AuditTrail audit;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ScheduledTaskHolder scheduled;
    @Autowired
    Clock clock;

    @Test
    void isScheduledAt0230EveryNightByDefault() {
        assertThat(scheduled.getScheduledTasks())
                .filteredOn(task -> task.getTask().getRunnable().toString().contains("ReviewRefreshJob.run"))
                .singleElement()
                .satisfies(task -> assertThat(task.getTask()).isInstanceOfSatisfying(CronTask.class,
                        cron -> assertThat(cron.getExpression()).isEqualTo("0 30 2 * * *")));
    }

    @Test
    void proposesWhatLogsNobodyWeighedCallForOnceAndRecordsEachRunAsTheSystem() {
        var clinician = accounts.save(Account.open(new Username("refresh.clinician"), "Rafael Refresh",
                Role.CLINICIAN, new EncodedPassword("{noop}a long enough password")));
        SignedInAs.account(context, clinician.username().value());
        var prescription = new ForefootPrescription(context);
        var patient = prescription.register("REFRESH-1", "Rosa Refresh");
        var draft = prescription.draftFromTemplate(patient.id());
        var programme = programmes.activate(draft.id(), draft.version());
        SignedInAs.nobody();
        var toeCurls = programme.content().exercises().getFirst();
        var today = LocalDate.now(clock);
        // stored straight through the repository, as logs arrive that no evaluation has weighed yet
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            sessionLogs.save(SessionLog.record(programme.id(), programme.number(), toeCurls.exercise(),
                    toeCurls.level(), today.minusDays(daysAgo), true, null, PainScore.of(1), PainScore.of(1), "",
                    clinician.id(), clock.instant(), today));
        }
        assertThat(proposals.pendingFor(programme.id())).isEmpty();
        double createdBefore = meters.get("rehabrx.progression.refresh.proposals.created").counter().count();

        var first = job.run();
        var second = job.run();

        assertThat(proposals.pendingFor(programme.id())).singleElement().satisfies(proposal -> {
            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.exercise()).isEqualTo(toeCurls.exercise());
            assertThat(proposal.usedLogs()).hasSize(3);
        });
        assertThat(first.programmes()).isEqualTo(1);
        assertThat(first.created()).isEqualTo(1);
        assertThat(second.proposals()).isEqualTo(1);
        assertThat(second.created()).isZero();
        assertThat(meters.get("rehabrx.progression.refresh").timer().count()).isEqualTo(2);
        assertThat(meters.get("rehabrx.progression.refresh.proposals.created").counter().count())
                .isEqualTo(createdBefore + 1);
        var runs = audit.search(new AuditQuery(null, null, AuditAction.PROGRESSION_REFRESHED, null, null), 0, 10);
        assertThat(runs).hasSize(2).allSatisfy(event -> {
            assertThat(event.actorAccount()).isNull();
            assertThat(event.actorUsername()).isEqualTo(Actor.SYSTEM_USERNAME);
            assertThat(event.patient()).isNull();
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(audit.verify().intact()).isTrue();
    }
}
