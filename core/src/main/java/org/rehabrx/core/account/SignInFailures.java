package org.rehabrx.core.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The failed sign-ins of every {@link SignInSubject}, counted until they are forgotten. */
public interface SignInFailures {

    /** @return the failures counted against the subject, {@link FailedSignIns#NONE} when there are none */
    FailedSignIns of(SignInSubject subject);

    /** The failures of several subjects of one kind at once, such as a page of accounts; absent ones have none. */
    Map<SignInSubject, FailedSignIns> of(SignInSubject.Kind kind, Collection<SignInSubject> subjects);

    /**
     * Counts one more failure at {@code at}, atomically, so that attempts made in parallel are all counted.
     * When the last counted failure happened before {@code forgetBefore}, the count starts again at one.
     */
    void add(SignInSubject subject, Instant at, Instant forgetBefore);

    void forget(SignInSubject subject);

    /** Drops every subject whose last failure happened before the instant; they count as none anyway. */
    void forgetAllBefore(Instant instant);
}
