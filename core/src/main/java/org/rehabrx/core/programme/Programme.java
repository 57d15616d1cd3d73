package org.rehabrx.core.programme;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.PatientId;

/**
 * A home programme: the current version of a chain. Immutable; every change returns the next state,
 * which {@link Programmes} stores with an optimistic version check. Earlier versions are never changed
 * except to be marked SUPERSEDED.
 *
 * @param version the stored version of the aggregate (for locking), not the programme's version number
 */
public record Programme(ProgrammeId id, PatientId patient, AccountId prescriber, ProgrammeVersion current,
                        long version) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(current, "current version");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new programme, version 1, in DRAFT until it is activated. */
    public static Programme draft(PatientId patient, AccountId prescriber, ProgrammeContent content, Instant at) {
        return new Programme(ProgrammeId.newId(), patient, prescriber,
                new ProgrammeVersion(1, ProgrammeStatus.DRAFT, content, prescriber, at), 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    public ProgrammeStatus status() {
        return current.status();
    }

    public int number() {
        return current.number();
    }

    public ProgrammeContent content() {
        return current.content();
    }

    /**
     * Saves a clinician's changes. A DRAFT is edited in place; an ACTIVE programme gets a new ACTIVE
     * version and the current one becomes SUPERSEDED.
     *
     * @param raised the cautions the new content raises for the patient
     */
    public Programme changed(ProgrammeContent content, List<Caution> raised, AccountId by, Instant at) {
        return switch (status()) {
            case DRAFT -> withCurrent(new ProgrammeVersion(number(), ProgrammeStatus.DRAFT, content, by, at));
            case ACTIVE -> {
                requireReadyToBeFollowed(content, raised);
                yield withCurrent(new ProgrammeVersion(number() + 1, ProgrammeStatus.ACTIVE, content, by, at));
            }
            case SUPERSEDED, COMPLETED -> throw new IllegalStateException(
                    "A " + status().name().toLowerCase(Locale.ROOT)
                            + " programme cannot be changed; start a new one from it.");
        };
    }

    /** DRAFT → ACTIVE, once it prescribes something and every caution is acknowledged. */
    public Programme activated(List<Caution> raised, AccountId by, Instant at) {
        if (status() != ProgrammeStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be activated; this programme is "
                    + status().name().toLowerCase(Locale.ROOT) + ".");
        }
        requireReadyToBeFollowed(content(), raised);
        return withCurrent(new ProgrammeVersion(number(), ProgrammeStatus.ACTIVE, content(), by, at));
    }

    /** ACTIVE → COMPLETED: the patient has finished with this programme. */
    public Programme completed() {
        if (status() != ProgrammeStatus.ACTIVE) {
            throw new IllegalStateException("Only an active programme can be completed.");
        }
        return withCurrent(current.withStatus(ProgrammeStatus.COMPLETED));
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Programme storedAs(long storedVersion) {
        return new Programme(id, patient, prescriber, current, storedVersion);
    }

    private static void requireReadyToBeFollowed(ProgrammeContent content, List<Caution> raised) {
        if (content.exercises().isEmpty()) {
            throw new IllegalStateException("Prescribe at least one exercise before the programme is handed over.");
        }
        var open = content.unacknowledged(raised);
        if (!open.isEmpty()) {
            throw new UnacknowledgedCautionsException(open);
        }
    }

    private Programme withCurrent(ProgrammeVersion next) {
        return new Programme(id, patient, prescriber, next, version);
    }
}
