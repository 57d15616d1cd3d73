package org.rehabrx.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins slow further attempts down (OWASP ASVS 2.2.1). The first {@code freeFailures} cost
 * nothing; each one after that makes the next attempt wait twice as long as the one before, starting at
 * {@code firstDelay}; at {@code lockAfter} failures attempts are refused for {@code lockFor}. A lock ends on
 * its own, and the count is forgotten once the last failure is {@code lockFor} old, so nobody can lock a
 * person out for longer by failing on their behalf once in a while.
 */
public record SignInThrottling(int freeFailures, Duration firstDelay, int lockAfter, Duration lockFor) {

    /** Against one username: the person at the keyboard, or someone guessing their password. */
    public static final SignInThrottling PER_USERNAME = new SignInThrottling(5, Duration.ofSeconds(1), 10,
            Duration.ofMinutes(15));

    /** Against one client address: someone trying many usernames (credential stuffing); a clinic may share one. */
    public static final SignInThrottling PER_ADDRESS = new SignInThrottling(30, Duration.ofSeconds(1), 40,
            Duration.ofMinutes(15));

    public SignInThrottling {
        if (freeFailures < 0 || lockAfter <= freeFailures || firstDelay.isNegative() || !lockFor.isPositive()) {
            throw new IllegalArgumentException("Throttling needs 0 ≤ free failures < lock-after and a positive lock.");
        }
    }

    /** @return until when a new attempt is refused, empty when one may be made now */
    public Optional<Instant> refusedUntil(FailedSignIns failures, Instant now) {
        if (failures.last() == null || isForgotten(failures, now) || failures.count() < freeFailures) {
            return Optional.empty();
        }
        var until = failures.last().plus(waitAfter(failures.count()));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Locked: refused for the whole lock, not just slowed down. */
    public boolean isLocked(FailedSignIns failures, Instant now) {
        return failures.count() >= lockAfter && refusedUntil(failures, now).isPresent();
    }

    /** Failures whose last one happened before this instant count no more. */
    public Instant forgetBefore(Instant now) {
        return now.minus(lockFor);
    }

    private boolean isForgotten(FailedSignIns failures, Instant now) {
        return failures.last() == null || failures.last().isBefore(forgetBefore(now));
    }

    private Duration waitAfter(int count) {
        if (count >= lockAfter) {
            return lockFor;
        }
        int doublings = Math.min(count - freeFailures, 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lockFor) < 0 ? delay : lockFor;
    }
}
