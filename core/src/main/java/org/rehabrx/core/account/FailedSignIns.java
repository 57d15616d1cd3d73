package org.rehabrx.core.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The failed sign-ins counted against one {@link SignInSubject}, and when the last one happened. */
public record FailedSignIns(int count, @Nullable Instant last) {

    public static final FailedSignIns NONE = new FailedSignIns(0, null);

    public FailedSignIns {
        if (count < 0 || (count == 0) != (last == null)) {
            throw new IllegalArgumentException("Failed sign-ins have a count and, when there are any, the time of the last.");
        }
    }
}
