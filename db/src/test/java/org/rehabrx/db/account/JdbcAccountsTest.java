package org.rehabrx.db.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.account.UsernameTakenException;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcAccountsTest {

    private static DataSource dataSource;
    private JdbcAccounts accounts;

    @BeforeAll
    static void migrate() {
        dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
    }

    JdbcAccountsTest() {
        accounts = new JdbcAccounts(JdbcClient.create(dataSource));
    }

    @Test
    void aSavedAccountIsFoundByIdAndByUsernameInAnyCase() {
        var saved = accounts.save(clinician("maria.lopez"));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(accounts.findById(saved.id())).contains(saved);
        assertThat(accounts.findByUsername(new Username("Maria.Lopez"))).contains(saved);
        assertThat(accounts.isEmpty()).isFalse();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(accounts.findById(AccountId.newId())).isEmpty();
        assertThat(accounts.findByUsername(new Username("nobody.here"))).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameUsernameIsRefused() {
        accounts.save(clinician("sam.okafor"));

        assertThatExceptionOfType(UsernameTakenException.class)
                .isThrownBy(() -> accounts.save(clinician("sam.okafor")))
                .withMessageContaining("sam.okafor");
    }

    @Test
    void aPasswordChangeIsStoredAndBumpsTheVersion() {
        var saved = accounts.save(Account.openWithTemporaryPassword(new Username("new.admin"), "New Admin",
                Role.ADMIN, new EncodedPassword("{noop}temporary")));

        var changed = accounts.save(saved.passwordChangedByOwner(new EncodedPassword("{noop}chosen")));

        var reloaded = accounts.findById(saved.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(changed);
        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(reloaded.passwordChangeRequired()).isFalse();
        assertThat(reloaded.password().value()).isEqualTo("{noop}chosen");
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndTheNewerStateSurvives() {
        var saved = accounts.save(clinician("lee.chen"));
        var firstEditor = saved.passwordChangedByOwner(new EncodedPassword("{noop}first"));
        var secondEditor = saved.passwordChangedByOwner(new EncodedPassword("{noop}second"));
        accounts.save(firstEditor);

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> accounts.save(secondEditor))
                .withMessageContaining("changed by someone else");
        assertThat(accounts.findById(saved.id()).orElseThrow().password().value()).isEqualTo("{noop}first");
    }

    private static Account clinician(String username) {
        return Account.open(new Username(username), "Clinician " + username, Role.CLINICIAN,
                new EncodedPassword("{noop}secret"));
    }
}
