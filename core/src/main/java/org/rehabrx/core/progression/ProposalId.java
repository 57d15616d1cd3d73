package org.rehabrx.core.progression;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLogId;

/**
 * Derived from what the proposal is about — the change it proposes and the logs it rests on — so that
 * evaluating the same logs again yields the same proposal instead of a duplicate. The programme version
 * evaluated is deliberately not part of it: a new version that leaves the exercise's prescription alone
 * (a goal edit, a change to another exercise) must not make a rejected proposal reappear as a new one.
 */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "proposal id");
    }

    static ProposalId of(ProgrammeId programme, ExerciseId exercise, ProposalKind kind, int fromLevel,
                         Dosage fromDosage, int toLevel, Dosage toDosage, List<SessionLogId> usedLogs) {
        var name = new StringBuilder()
                .append(programme.value()).append('/').append(exercise.value()).append('/').append(kind)
                .append('/').append(fromLevel).append('/').append(canonical(fromDosage))
                .append('/').append(toLevel).append('/').append(canonical(toDosage));
        usedLogs.forEach(log -> name.append('/').append(log.value()));
        return new ProposalId(UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Every component of the dosage, spelled out here rather than taken from {@code toString()}, so that
     * the ids of stored proposals do not change when the way a dosage is displayed does.
     */
    private static String canonical(Dosage dosage) {
        var load = dosage.load();
        return String.join(",", "sets=" + dosage.sets(), "reps=" + dosage.reps(), "hold=" + dosage.holdSeconds(),
                "duration=" + dosage.durationMinutes(), "rest=" + dosage.restSeconds(),
                "load=" + (load == null ? "none" : load.amount().toPlainString() + load.unit().name()),
                "timesPerDay=" + dosage.timesPerDay(), "daysPerWeek=" + dosage.daysPerWeek(),
                "side=" + dosage.side().name(), "painLimit=" + dosage.painLimit().value());
    }
}
