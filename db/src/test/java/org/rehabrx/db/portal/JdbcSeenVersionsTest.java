package org.rehabrx.db.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.db.ClinicalFixtures;

class JdbcSeenVersionsTest {

    private static ClinicalFixtures db;
    private final JdbcSeenVersions seen = new JdbcSeenVersions(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void anAccountRemembersTheNewestVersionItSawOfEachProgramme() {
        var scenario = db.forefootScenario();
        var programme = db.programmes().save(scenario.draft());
        var login = db.patientLogin("ana.seen");
        var otherLogin = db.patientLogin("ben.seen");

        assertThat(seen.lastSeen(login, programme.id())).isEmpty();

        seen.markSeen(login, programme.id(), 2);

        assertThat(seen.lastSeen(login, programme.id())).hasValue(2);
        assertThat(seen.lastSeen(otherLogin, programme.id())).isEmpty();
    }

    @Test
    void anOlderVersionSeenLaterDoesNotWindTheMemoryBack() {
        var scenario = db.forefootScenario();
        var programme = db.programmes().save(scenario.draft());
        var login = db.patientLogin("cleo.seen");

        seen.markSeen(login, programme.id(), 3);
        seen.markSeen(login, programme.id(), 2);
        seen.markSeen(login, programme.id(), 3);

        assertThat(seen.lastSeen(login, programme.id())).hasValue(3);
    }
}
