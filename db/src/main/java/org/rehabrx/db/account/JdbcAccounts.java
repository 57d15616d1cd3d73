package org.rehabrx.db.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.account.UsernameTakenException;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcAccounts implements Accounts {

    private static final String COLUMNS =
            "id, username, display_name, role, password_hash, password_change_required, enabled, version";

    private final JdbcClient jdbc;

    public JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
                .param(id.value())
                .query(JdbcAccounts::account)
                .optional();
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?")
                .param(username.value())
                .query(JdbcAccounts::account)
                .optional();
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
    }

    @Override
    public List<Account> find(AccountFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM account"
                        + " WHERE (:pattern = '' OR username ILIKE :pattern OR display_name ILIKE :pattern)"
                        + " AND (:role::varchar IS NULL OR role = :role::varchar)"
                        + " AND " + statusCondition(filter.status())
                        + " ORDER BY lower(display_name), username OFFSET :offset LIMIT :limit")
                .param("pattern", filter.search().isEmpty() ? "" : SqlValues.likeContaining(filter.search()))
                .param("role", SqlValues.text(filter.role() == null ? null : filter.role().name()))
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAccounts::account)
                .list();
    }

    private static String statusCondition(@Nullable AccountStatus status) {
        return switch (status) {
            case null -> "TRUE";
            case ACTIVE -> "enabled AND password_hash IS NOT NULL";
            case AWAITING_ACTIVATION -> "enabled AND password_hash IS NULL";
            case DISABLED -> "NOT enabled";
        };
    }

    /** The search text taken literally: % and _ typed by the admin match themselves. */
    @Override
    public Account save(Account account) {
        return account.isNew() ? insert(account) : update(account);
    }

    private Account insert(Account account) {
        try {
            jdbc.sql("""
                    INSERT INTO account (id, username, display_name, role, password_hash,
                                         password_change_required, enabled, version)
                    VALUES (:id, :username, :displayName, :role, :passwordHash,
                            :passwordChangeRequired, :enabled, 1)
                    """)
                    .paramSource(new Row(account))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(account.username());
        }
        return account.storedAs(1);
    }

    private Account update(Account account) {
        int updated = jdbc.sql("""
                UPDATE account
                   SET display_name = :displayName, role = :role, password_hash = :passwordHash,
                       password_change_required = :passwordChangeRequired, enabled = :enabled,
                       version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
                .paramSource(new Row(account))
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Account", account.id().value(), account.version());
        }
        return account.storedAs(account.version() + 1);
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        return new Account(
                new AccountId(row.getObject("id", UUID.class)),
                new Username(row.getString("username")),
                row.getString("display_name"),
                Role.valueOf(row.getString("role")),
                passwordOf(row.getString("password_hash")),
                row.getBoolean("password_change_required"),
                row.getBoolean("enabled"),
                row.getLong("version"));
    }

    private static @Nullable EncodedPassword passwordOf(@Nullable String hash) {
        return hash == null ? null : new EncodedPassword(hash);
    }

    /** The named parameters of one account row. */
    private record Row(UUID id, String username, String displayName, String role, @Nullable String passwordHash,
                       boolean passwordChangeRequired, boolean enabled, long version) {

        Row(Account account) {
            this(account.id().value(), account.username().value(), account.displayName(), account.role().name(),
                    account.password() == null ? null : account.password().value(), account.passwordChangeRequired(), account.enabled(),
                    account.version());
        }
    }
}
