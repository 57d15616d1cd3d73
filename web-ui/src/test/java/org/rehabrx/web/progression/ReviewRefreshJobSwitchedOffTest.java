package org.rehabrx.web.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** {@code rehabrx.progression.refresh-cron=-} leaves the refresh unscheduled. */
@SpringBootTest(properties = "rehabrx.progression.refresh-cron=-")
@WithTestDatabase
class ReviewRefreshJobSwitchedOffTest {

    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void aDashSwitchesTheNightlyRefreshOff() {
        assertThat(scheduled.getScheduledTasks())
                .noneMatch(task -> task.getTask().getRunnable().toString().contains("ReviewRefreshJob"));
    }
}
