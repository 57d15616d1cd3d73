package org.rehabrx.db.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Activation;
import org.rehabrx.core.account.ActivationCode;
import org.rehabrx.core.account.ActivationRefusedException;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcActivationsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration VALIDITY = Duration.ofHours(72);

    private static JdbcClient jdbc;
    private static JdbcAccounts accounts;
    private static JdbcActivations activations;

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
        jdbc = JdbcClient.create(dataSource);
        accounts = new JdbcAccounts(jdbc);
        activations = new JdbcActivations(jdbc);
    }

    @Test
    void anIssuedActivationIsFoundByItsCodeAndTheCodeItselfIsNotStored() {
        var account = newAccount("found.by.code");
        var code = ActivationCode.random();

        var stored = activations.add(Activation.issue(account, code, NOW, VALIDITY));

        assertThat(activations.findByCode(new ActivationCode(code.grouped().toLowerCase()).hash())).contains(stored);
        assertThat(activations.findByCode(ActivationCode.random().hash())).isEmpty();
        var everyText = jdbc.sql("SELECT concat_ws(' ', id, account_id, code_hash) FROM activation")
                .query(String.class).list();
        assertThat(everyText).noneMatch(text -> text.toUpperCase().contains(code.value()));
    }

    @Test
    void issuingANewActivationVoidsTheEarlierUnusedOnes() {
        var account = newAccount("voids.earlier");
        var first = ActivationCode.random();
        var second = ActivationCode.random();
        activations.add(Activation.issue(account, first, NOW, VALIDITY));

        activations.add(Activation.issue(account, second, NOW.plusSeconds(60), VALIDITY));

        var voided = activations.findByCode(first.hash()).orElseThrow();
        assertThat(voided.voidedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> voided.use(NOW.plusSeconds(120)))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(ActivationRefusedException.Reason.REPLACED));
        assertThat(activations.findByCode(second.hash()).orElseThrow().voidedAt()).isNull();
    }

    @Test
    void anotherAccountsActivationIsNotVoided() {
        var code = ActivationCode.random();
        activations.add(Activation.issue(newAccount("keeps.own"), code, NOW, VALIDITY));

        activations.add(Activation.issue(newAccount("someone.else"), ActivationCode.random(), NOW, VALIDITY));

        assertThat(activations.findByCode(code.hash()).orElseThrow().voidedAt()).isNull();
    }

    @Test
    void aUsedActivationIsStoredAsUsedAndIsNotVoidedByALaterOne() {
        var account = newAccount("used.once");
        var code = ActivationCode.random();
        var issued = activations.add(Activation.issue(account, code, NOW, VALIDITY));

        activations.save(issued.use(NOW.plusSeconds(10)));
        activations.add(Activation.issue(account, ActivationCode.random(), NOW.plusSeconds(20), VALIDITY));

        var used = activations.findByCode(code.hash()).orElseThrow();
        assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(used.voidedAt()).isNull();
    }

    @Test
    void theSameCodeUsedTwiceAtOnceSucceedsOnlyOnce() {
        var code = ActivationCode.random();
        var issued = activations.add(Activation.issue(newAccount("used.twice"), code, NOW, VALIDITY));
        var firstRequest = activations.findByCode(code.hash()).orElseThrow();
        var secondRequest = activations.findByCode(code.hash()).orElseThrow();

        activations.save(firstRequest.use(NOW.plusSeconds(1)));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> activations.save(secondRequest.use(NOW.plusSeconds(2))));
        assertThat(activations.findByCode(code.hash()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(issued.version()).isEqualTo(1);
    }

    @Test
    void theSchemaRefusesAnActivationBothUsedAndVoidedAndATemporaryPasswordThatIsMissing() {
        var code = ActivationCode.random();
        var issued = activations.add(Activation.issue(newAccount("schema.checks"), code, NOW, VALIDITY));

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc.sql("UPDATE activation SET used_at = now(), voided_at = now() WHERE id = ?")
                        .param(issued.id().value()).update())
                .withMessageContaining("activation_used_or_voided_ck");
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc.sql("UPDATE account SET password_change_required = TRUE WHERE id = ?")
                        .param(issued.account().value()).update())
                .withMessageContaining("account_temporary_password_ck");
    }

    private static AccountId newAccount(String username) {
        return accounts.save(Account.awaitingActivation(new Username(username), "Someone", Role.CLINICIAN)).id();
    }
}
