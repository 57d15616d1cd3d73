package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

/** Stored proposals are found again by their ids, so the way an id is derived never changes. */
class ProposalIdTest {

    @Test
    void anIdIsTheNameBasedUuidOfWhatTheProposalIsAboutSpelledOutInFull() {
        var programme = new ProgrammeId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
        var exercise = new ExerciseId(UUID.fromString("00000000-0000-0000-0000-0000000e0001"));
        var from = Dosage.reps(3, 10, 30, 1, 7, Side.LEFT, PainScore.of(5));
        var to = Dosage.hold(2, 20, 45, 2, 5, Side.BOTH, PainScore.of(4))
                .withLoad(new Load(new BigDecimal("2.5"), LoadUnit.KG));
        var logs = List.of(new SessionLogId(UUID.fromString("00000000-0000-0000-0000-00000000f002")),
                new SessionLogId(UUID.fromString("00000000-0000-0000-0000-00000000f001")));

        var id = ProposalId.of(programme, exercise, ProposalKind.ADVANCE, 1, from, 2, to, logs);

        var name = "00000000-0000-0000-0000-00000000a001/00000000-0000-0000-0000-0000000e0001/ADVANCE/1/"
                + "sets=3,reps=10,hold=null,duration=null,rest=30,load=none,timesPerDay=1,daysPerWeek=7,side=LEFT,"
                + "painLimit=5/2/"
                + "sets=2,reps=null,hold=20,duration=null,rest=45,load=2.5KG,timesPerDay=2,daysPerWeek=5,side=BOTH,"
                + "painLimit=4/00000000-0000-0000-0000-00000000f002/00000000-0000-0000-0000-00000000f001";
        assertThat(id.value()).isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
