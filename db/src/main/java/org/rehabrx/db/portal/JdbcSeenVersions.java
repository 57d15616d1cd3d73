package org.rehabrx.db.portal;

import java.util.OptionalInt;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.portal.SeenVersions;
import org.rehabrx.core.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seen versions as one row per account and programme. Instead of a lock version, the stored number only
 * grows ({@code GREATEST}), which makes every write safe to repeat and to race.
 */
public final class JdbcSeenVersions implements SeenVersions {

    private final JdbcClient jdbc;

    public JdbcSeenVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalInt lastSeen(AccountId account, ProgrammeId programme) {
        return jdbc.sql("SELECT version_number FROM seen_programme_version WHERE account_id = ? AND programme_id = ?")
                .params(account.value(), programme.value())
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElseGet(OptionalInt::empty);
    }

    @Override
    public void markSeen(AccountId account, ProgrammeId programme, int versionNumber) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1.");
        }
        jdbc.sql("""
                INSERT INTO seen_programme_version (account_id, programme_id, version_number, seen_at)
                VALUES (?, ?, ?, now())
                ON CONFLICT (account_id, programme_id) DO UPDATE
                   SET version_number = GREATEST(seen_programme_version.version_number, EXCLUDED.version_number),
                       seen_at = now()""")
                .params(account.value(), programme.value(), versionNumber)
                .update();
    }
}
