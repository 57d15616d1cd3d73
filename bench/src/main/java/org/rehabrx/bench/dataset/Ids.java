package org.rehabrx.bench.dataset;

import java.util.UUID;

/**
 * Record ids drawn from the seed instead of the random source the application uses, so that the same seed
 * gives the same ids; shaped as version-4 UUIDs like the application's own.
 */
final class Ids {

    private final long seed;

    Ids(long seed) {
        this.seed = seed;
    }

    UUID of(Kind kind, long index) {
        return of(kind, index, 0);
    }

    UUID of(Kind kind, long index, long part) {
        long high = mix(seed ^ mix(kind.ordinal() * 0x9E3779B97F4A7C15L + index) ^ part * 0xC2B2AE3D27D4EB4FL);
        long low = mix(high ^ index * 0x165667B19E3779F9L ^ kind.ordinal());
        high = (high & ~0xF000L) | 0x4000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The seed of one patient's own random stream: each patient's history can be drawn again on its own. */
    long streamOf(Kind kind, long index) {
        return mix(seed * 31 + kind.ordinal() * 0x9E3779B97F4A7C15L + index);
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    enum Kind {
        ACCOUNT, EXERCISE, PATIENT, PROGRAMME, SESSION_LOG, PROPOSAL, AUDIT
    }
}
