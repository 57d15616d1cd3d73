package org.rehabrx.core.progression;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        var name = new StringBuilder(400)
                .append(programme.value()).append('/').append(exercise.value()).append('/').append(kind)
                .append('/').append(fromLevel).append('/');
        canonical(name, fromDosage).append('/').append(toLevel).append('/');
        canonical(name, toDosage);
        usedLogs.forEach(log -> name.append('/').append(log.value()));
        return new ProposalId(nameBased(name.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Every component of the dosage, spelled out here rather than taken from {@code toString()}, so that
     * the ids of stored proposals do not change when the way a dosage is displayed does.
     */
    private static StringBuilder canonical(StringBuilder name, Dosage dosage) {
        var load = dosage.load();
        name.append("sets=").append(dosage.sets()).append(",reps=").append(dosage.reps())
                .append(",hold=").append(dosage.holdSeconds()).append(",duration=").append(dosage.durationMinutes())
                .append(",rest=").append(dosage.restSeconds()).append(",load=");
        if (load == null) {
            name.append("none");
        } else {
            name.append(load.amount().toPlainString()).append(load.unit().name());
        }
        return name.append(",timesPerDay=").append(dosage.timesPerDay()).append(",daysPerWeek=")
                .append(dosage.daysPerWeek()).append(",side=").append(dosage.side().name()).append(",painLimit=")
                .append(dosage.painLimit().value());
    }

    /**
     * What {@link UUID#nameUUIDFromBytes} gives (an MD5 name-based, version 3 UUID), with one digest kept per
     * thread: a nightly refresh derives an id for every prescribed exercise of every active programme, and
     * looking the digest up each time would cost more than the digest itself.
     */
    private static UUID nameBased(byte[] name) {
        var md5 = MD5.get().digest(name);
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30);
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (md5[i] & 0xff);
            least = (least << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    });
}
