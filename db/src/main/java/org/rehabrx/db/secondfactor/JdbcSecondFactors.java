package org.rehabrx.db.secondfactor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.secondfactor.SecondFactor;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Second factors with their secrets encrypted by the {@link SecretCipher}; the plain secret is never stored. */
public final class JdbcSecondFactors implements SecondFactors {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    public JdbcSecondFactors(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public boolean isEnrolled(AccountId account) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM second_factor WHERE account_id = ?)")
                .param(account.value())
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<SecondFactor> findByAccount(AccountId account) {
        return jdbc.sql("""
                SELECT account_id, encrypted_secret, enrolled_at, last_used_step, failed_checks, version
                  FROM second_factor WHERE account_id = ?
                """)
                .param(account.value())
                .query(this::secondFactor)
                .optional();
    }

    @Override
    public SecondFactor save(SecondFactor secondFactor) {
        return secondFactor.isNew() ? insert(secondFactor) : update(secondFactor);
    }

    private SecondFactor insert(SecondFactor secondFactor) {
        UUID owner = secondFactor.accountId().value();
        byte[] plain = secondFactor.secret().bytes();
        try {
            jdbc.sql("""
                    INSERT INTO second_factor (account_id, encrypted_secret, enrolled_at, last_used_step,
                                               failed_checks, version)
                    VALUES (?, ?, ?, ?, ?, 1)
                    """)
                    .params(owner, cipher.encrypt(plain, owner), Timestamps.of(secondFactor.enrolledAt()),
                            lastUsedStep(secondFactor), secondFactor.failedChecks())
                    .update();
        } catch (DuplicateKeyException alreadyEnrolled) {
            throw new ConcurrentChangeException("Second factor", owner, 0);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        return secondFactor.storedAs(1);
    }

    /** The secret never changes after enrolment, so an update leaves the ciphertext alone. */
    private SecondFactor update(SecondFactor secondFactor) {
        int updated = jdbc.sql("""
                UPDATE second_factor SET last_used_step = ?, failed_checks = ?, version = version + 1
                 WHERE account_id = ? AND version = ?
                """)
                .params(lastUsedStep(secondFactor), secondFactor.failedChecks(), secondFactor.accountId().value(),
                        secondFactor.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Second factor", secondFactor.accountId().value(),
                    secondFactor.version());
        }
        return secondFactor.storedAs(secondFactor.version() + 1);
    }

    @Override
    public void remove(SecondFactor secondFactor) {
        int removed = jdbc.sql("DELETE FROM second_factor WHERE account_id = ? AND version = ?")
                .params(secondFactor.accountId().value(), secondFactor.version())
                .update();
        if (removed == 0) {
            throw new ConcurrentChangeException("Second factor", secondFactor.accountId().value(),
                    secondFactor.version());
        }
    }

    private SecondFactor secondFactor(ResultSet row, int rowNumber) throws SQLException {
        UUID owner = row.getObject("account_id", UUID.class);
        byte[] plain = cipher.decrypt(row.getBytes("encrypted_secret"), owner);
        try {
            long step = row.getLong("last_used_step");
            var lastUsedStep = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
            return new SecondFactor(new AccountId(owner), new TotpSecret(plain),
                    Timestamps.read(row, "enrolled_at"), lastUsedStep,
                    row.getInt("failed_checks"), row.getLong("version"));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static SqlParameterValue lastUsedStep(SecondFactor secondFactor) {
        var step = secondFactor.lastUsedStep();
        return new SqlParameterValue(Types.BIGINT, step.isPresent() ? step.getAsLong() : null);
    }
}
