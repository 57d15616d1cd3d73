package org.rehabrx.db.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Activation;
import org.rehabrx.core.account.ActivationCodeHash;
import org.rehabrx.core.account.ActivationId;
import org.rehabrx.core.account.Activations;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.shared.SqlValues;
import org.rehabrx.db.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcActivations implements Activations {

    private static final String COLUMNS = "id, account_id, code_hash, issued_at, expires_at, used_at, voided_at, version";

    private final JdbcClient jdbc;

    public JdbcActivations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Activation add(Activation issued) {
        if (!issued.isNew()) {
            throw new IllegalArgumentException("Only a newly issued activation is added.");
        }
        jdbc.sql("""
                UPDATE activation SET voided_at = :issuedAt, version = version + 1
                 WHERE account_id = :account AND used_at IS NULL AND voided_at IS NULL
                """)
                .param("issuedAt", SqlValues.timestamp(issued.issuedAt()))
                .param("account", issued.account().value())
                .update();
        jdbc.sql("INSERT INTO activation (" + COLUMNS + ")"
                        + " VALUES (:id, :account, :codeHash, :issuedAt, :expiresAt, NULL, NULL, 1)")
                .param("id", issued.id().value())
                .param("account", issued.account().value())
                .param("codeHash", issued.codeHash().value())
                .param("issuedAt", SqlValues.timestamp(issued.issuedAt()))
                .param("expiresAt", SqlValues.timestamp(issued.expiresAt()))
                .update();
        return issued.storedAs(1);
    }

    @Override
    public Optional<Activation> findByCode(ActivationCodeHash codeHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activation WHERE code_hash = ?")
                .param(codeHash.value())
                .query(JdbcActivations::activation)
                .optional();
    }

    @Override
    public Activation save(Activation activation) {
        int updated = jdbc.sql("""
                UPDATE activation SET used_at = :usedAt, voided_at = :voidedAt, version = version + 1
                 WHERE id = :id AND version = :version
                """)
                .param("usedAt", SqlValues.timestamp(activation.usedAt()))
                .param("voidedAt", SqlValues.timestamp(activation.voidedAt()))
                .param("id", activation.id().value())
                .param("version", activation.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Activation", activation.id().value(), activation.version());
        }
        return activation.storedAs(activation.version() + 1);
    }

    private static Activation activation(ResultSet row, int rowNumber) throws SQLException {
        return new Activation(
                new ActivationId(row.getObject("id", UUID.class)),
                new AccountId(row.getObject("account_id", UUID.class)),
                new ActivationCodeHash(row.getString("code_hash")),
                Timestamps.read(row, "issued_at"),
                Timestamps.read(row, "expires_at"),
                Timestamps.readOptional(row, "used_at"),
                Timestamps.readOptional(row, "voided_at"),
                row.getLong("version"));
    }
}
