package org.rehabrx.core.progression;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;

/**
 * The phrases proposal reasons are built from. Dates are printed ISO (yyyy-MM-dd) rather than in a
 * locale's style, so that a reason never depends on where the engine runs.
 */
final class ReasonWording {

    private ReasonWording() {
    }

    /** "the session on 2026-03-04", "the sessions on 2026-03-04 and 2026-03-02". */
    static String sessionsOn(List<SessionLog> logs) {
        return theSessionsOn(logs) + dates(logs);
    }

    /** "the session on 2026-03-06 (2/10 during, 1/10 next morning)", for sessions whose pain is all known. */
    static String sessionsWithPainsOn(List<SessionLog> logs) {
        return theSessionsOn(logs) + datesWithPains(logs);
    }

    static String wasOrWere(List<SessionLog> logs) {
        return logs.size() == 1 ? "was" : "were";
    }

    /**
     * "pain during the session on 2026-03-04 was 7/10, above the limit of 5/10", or for several sessions
     * "pain during the sessions on 2026-03-04 (7/10) and 2026-03-02 (6/10) was above the limit of 5/10".
     */
    static String pain(String subject, List<SessionLog> logs, Function<SessionLog, @Nullable PainScore> pain,
                       String verdict) {
        if (logs.size() == 1) {
            return subject + " the session on " + logs.getFirst().date() + " was " + pain.apply(logs.getFirst())
                    + ", " + verdict;
        }
        return subject + " the sessions on " + listed(logs, log -> log.date() + " (" + pain.apply(log) + ")")
                + " was " + verdict;
    }

    /** "2026-03-06 (2/10 during, 1/10 next morning) and 2026-03-05 (…)", for sessions whose pain is all known. */
    static String datesWithPains(List<SessionLog> logs) {
        return listed(logs, log -> log.date() + " (" + log.painDuring() + " during, " + log.painNextMorning()
                + " next morning)");
    }

    static String dates(List<SessionLog> logs) {
        return listed(logs, log -> log.date().toString());
    }

    /** Clauses joined into one sentence body, the first one capitalised. */
    static String clauses(List<String> clauses) {
        var joined = String.join("; ", clauses);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String theSessionsOn(List<SessionLog> logs) {
        return logs.size() == 1 ? "the session on " : "the sessions on ";
    }

    /** "a", "a and b", "a, b and c". */
    private static <T> String listed(List<T> items, Function<T, String> words) {
        var each = items.stream().map(words).toList();
        if (each.size() == 1) {
            return each.getFirst();
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.getLast();
    }
}
