package org.rehabrx.db.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountFilter;
import org.rehabrx.core.account.AccountStatus;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin's account list and the administrative changes of an account, on a database of its own. */
class AccountListingTest {

    private static JdbcAccounts accounts;
    private static Account ana;
    private static Account bruno;
    private static Account carla;
    private static Account dario;

    @BeforeAll
    static void someAccounts() {
        DataSource dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
        accounts = new JdbcAccounts(JdbcClient.create(dataSource));
        ana = accounts.save(Account.open(new Username("ana.ruiz"), "Ana Ruiz", Role.CLINICIAN, password()));
        bruno = accounts.save(Account.awaitingActivation(new Username("bruno_50"), "Bruno 50% Costa", Role.PATIENT));
        carla = accounts.save(Account.open(new Username("c.admin"), "carla Admin", Role.ADMIN, password()));
        dario = accounts.save(accounts.save(Account.open(new Username("dario.x"), "Dario Ex", Role.CLINICIAN,
                password())).disabled());
    }

    @Test
    void everyoneIsListedByNameWhateverItsCase() {
        assertThat(usernames(AccountFilter.everyone(), 0, 10))
                .containsExactly("ana.ruiz", "bruno_50", "c.admin", "dario.x");
    }

    @Test
    void pagesFollowTheSameOrder() {
        assertThat(usernames(AccountFilter.everyone(), 1, 2)).containsExactly("bruno_50", "c.admin");
        assertThat(usernames(AccountFilter.everyone(), 4, 2)).isEmpty();
    }

    @Test
    void theSearchMatchesPartOfTheUsernameOrTheNameInAnyCase() {
        assertThat(usernames(new AccountFilter("RUIZ", null, null), 0, 10)).containsExactly("ana.ruiz");
        assertThat(usernames(new AccountFilter("admin", null, null), 0, 10)).containsExactly("c.admin");
        assertThat(usernames(new AccountFilter("nobody", null, null), 0, 10)).isEmpty();
    }

    @Test
    void wildcardsTypedInTheSearchMatchOnlyThemselves() {
        assertThat(usernames(new AccountFilter("50%", null, null), 0, 10)).containsExactly("bruno_50");
        assertThat(usernames(new AccountFilter("%", null, null), 0, 10)).containsExactly("bruno_50");
        assertThat(usernames(new AccountFilter("_", null, null), 0, 10)).containsExactly("bruno_50");
    }

    @Test
    void roleAndStatusNarrowTheList() {
        assertThat(usernames(new AccountFilter("", Role.CLINICIAN, null), 0, 10))
                .containsExactly("ana.ruiz", "dario.x");
        assertThat(usernames(new AccountFilter("", null, AccountStatus.ACTIVE), 0, 10))
                .containsExactly("ana.ruiz", "c.admin");
        assertThat(usernames(new AccountFilter("", null, AccountStatus.AWAITING_ACTIVATION), 0, 10))
                .containsExactly("bruno_50");
        assertThat(usernames(new AccountFilter("", Role.CLINICIAN, AccountStatus.DISABLED), 0, 10))
                .containsExactly("dario.x");
    }

    @Test
    void anAccountWithoutPasswordIsStoredAndReadBackAsAwaitingActivation() {
        var stored = accounts.findById(bruno.id()).orElseThrow();

        assertThat(stored.password()).isNull();
        assertThat(stored.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
        assertThat(stored).isEqualTo(bruno);
    }

    @Test
    void anAdminChangeOnAStaleVersionIsRefusedAndTheOtherChangeSurvives() {
        var fresh = accounts.save(Account.open(new Username("eva.stale"), "Eva Stale", Role.CLINICIAN, password()));
        accounts.save(fresh.renamed("Eva Renamed"));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> accounts.save(fresh.disabled()))
                .withMessageContaining("changed by someone else");
        var stored = accounts.findById(fresh.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Eva Renamed");
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void resettingAccessRemovesTheStoredPassword() {
        var fresh = accounts.save(Account.open(new Username("fay.reset"), "Fay Reset", Role.CLINICIAN, password()));

        accounts.save(fresh.accessReset());

        assertThat(accounts.findById(fresh.id()).orElseThrow().password()).isNull();
    }

    private static java.util.List<String> usernames(AccountFilter filter, int offset, int limit) {
        return accounts.find(filter, offset, limit).stream()
                .map(account -> account.username().value())
                .filter(name -> !name.equals("eva.stale") && !name.equals("fay.reset"))
                .toList();
    }

    private static EncodedPassword password() {
        return new EncodedPassword("{noop}secret");
    }
}
