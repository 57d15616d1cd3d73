package org.rehabrx.db.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.rehabrx.core.account.FailedSignIns;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code sign_in_failure} table; a counter that needs no version, because each change is one atomic upsert. */
public final class JdbcSignInFailures implements SignInFailures {

    private final JdbcClient jdbc;

    public JdbcSignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FailedSignIns of(SignInSubject subject) {
        return jdbc.sql("""
                        SELECT failures, last_failure_at FROM sign_in_failure
                        WHERE subject_kind = ? AND subject_digest = ?""")
                .param(subject.kind().name())
                .param(subject.digest())
                .query((row, n) -> new FailedSignIns(row.getInt("failures"), Timestamps.read(row, "last_failure_at")))
                .optional()
                .orElse(FailedSignIns.NONE);
    }

    @Override
    public Map<SignInSubject, FailedSignIns> of(SignInSubject.Kind kind, Collection<SignInSubject> subjects) {
        if (subjects.stream().anyMatch(subject -> subject.kind() != kind)) {
            throw new IllegalArgumentException("Every subject must be of kind " + kind);
        }
        return jdbc.sql("""
                        SELECT subject_digest, failures, last_failure_at FROM sign_in_failure
                        WHERE subject_kind = :kind AND subject_digest = ANY(:digests)""")
                .param("kind", kind.name())
                .param("digests", SqlArrays.text(subjects.stream().map(SignInSubject::digest).toList()))
                .query((row, n) -> Map.entry(new SignInSubject(kind, row.getString("subject_digest")),
                        new FailedSignIns(row.getInt("failures"), Timestamps.read(row, "last_failure_at"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void add(SignInSubject subject, Instant at, Instant forgetBefore) {
        jdbc.sql("""
                        INSERT INTO sign_in_failure (subject_kind, subject_digest, failures, last_failure_at)
                        VALUES (:kind, :digest, 1, :at)
                        ON CONFLICT (subject_kind, subject_digest) DO UPDATE SET
                            failures = CASE WHEN sign_in_failure.last_failure_at < :forgetBefore THEN 1
                                            ELSE sign_in_failure.failures + 1 END,
                            last_failure_at = GREATEST(sign_in_failure.last_failure_at, EXCLUDED.last_failure_at)""")
                .param("kind", subject.kind().name())
                .param("digest", subject.digest())
                .param("at", Timestamps.of(at))
                .param("forgetBefore", Timestamps.of(forgetBefore))
                .update();
    }

    @Override
    public void forget(SignInSubject subject) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE subject_kind = ? AND subject_digest = ?")
                .param(subject.kind().name())
                .param(subject.digest())
                .update();
    }

    @Override
    public void forgetAllBefore(Instant instant) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure_at < ?").param(Timestamps.of(instant)).update();
    }
}
