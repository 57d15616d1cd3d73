package org.rehabrx.core.progression;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.sessionlog.SessionLogId;

/**
 * Derived from what the proposal is about, so that evaluating the same logs again yields the same
 * proposal instead of a duplicate.
 */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "proposal id");
    }

    static ProposalId of(ProgrammeId programme, int programmeVersion, ExerciseId exercise, ProposalKind kind,
                         List<SessionLogId> usedLogs) {
        var name = new StringBuilder()
                .append(programme.value()).append('/').append(programmeVersion).append('/')
                .append(exercise.value()).append('/').append(kind);
        usedLogs.forEach(log -> name.append('/').append(log.value()));
        return new ProposalId(UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
