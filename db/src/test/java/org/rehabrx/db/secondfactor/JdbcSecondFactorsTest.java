package org.rehabrx.db.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.secondfactor.SecondFactor;
import org.rehabrx.core.secondfactor.Totp;
import org.rehabrx.core.secondfactor.TotpSecret;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.db.account.JdbcAccounts;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Against real PostgreSQL: what lands in the table is ciphertext bound to its account and to the key. */
class JdbcSecondFactorsTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static DataSource dataSource;

    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final SecretCipher cipher = SecretCipher.withKey(randomKey());
    private final JdbcSecondFactors secondFactors = new JdbcSecondFactors(jdbc, cipher);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeAll
    static void migrate() {
        dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
    }

    @Test
    void anEnrolmentIsStoredAndReadBackWithItsSecret() {
        var enrolled = enrolledFor(newClinician());

        var saved = secondFactors.save(enrolled);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(secondFactors.isEnrolled(enrolled.accountId())).isTrue();
        assertThat(secondFactors.findByAccount(enrolled.accountId())).contains(saved);
        assertThat(secondFactors.isEnrolled(AccountId.newId())).isFalse();
    }

    @Test
    void theStoredValueIsNeitherThePlainSecretNorTheSameTwice() {
        var first = secondFactors.save(enrolledFor(newClinician()));
        var plain = first.secret().bytes();

        byte[] stored = storedBytes(first.accountId());

        assertThat(stored).hasSizeGreaterThan(plain.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(first.secret().base32());
        var sameSecretElsewhere = new SecondFactor(newClinician(), first.secret(), now, first.lastUsedStep(), 0, 0);
        secondFactors.save(sameSecretElsewhere);
        assertThat(storedBytes(sameSecretElsewhere.accountId()))
                .as("a fresh nonce per encryption").isNotEqualTo(stored);
    }

    @Test
    void anotherKeyCannotDecryptTheSecret() {
        var saved = secondFactors.save(enrolledFor(newClinician()));
        var withOtherKey = new JdbcSecondFactors(jdbc, SecretCipher.withKey(randomKey()));

        assertThatExceptionOfType(SecretUnreadableException.class)
                .isThrownBy(() -> withOtherKey.findByAccount(saved.accountId()));
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        var saved = secondFactors.save(enrolledFor(newClinician()));
        byte[] stored = storedBytes(saved.accountId());
        stored[stored.length - 5] ^= 1;
        jdbc.sql("UPDATE second_factor SET encrypted_secret = ? WHERE account_id = ?")
                .params(stored, saved.accountId().value()).update();

        assertThatExceptionOfType(SecretUnreadableException.class)
                .isThrownBy(() -> secondFactors.findByAccount(saved.accountId()));
    }

    @Test
    void aSecretMovedToAnotherAccountsRowDoesNotDecrypt() {
        var victim = secondFactors.save(enrolledFor(newClinician()));
        var attacker = secondFactors.save(enrolledFor(newClinician()));
        jdbc.sql("UPDATE second_factor SET encrypted_secret = ? WHERE account_id = ?")
                .params(storedBytes(victim.accountId()), attacker.accountId().value()).update();

        assertThatExceptionOfType(SecretUnreadableException.class)
                .isThrownBy(() -> secondFactors.findByAccount(attacker.accountId()));
    }

    @Test
    void aCheckIsStoredAndAStaleOneIsRefusedSoACodeCannotBeAcceptedTwice() {
        var saved = secondFactors.save(enrolledFor(newClinician()));
        var later = now.plusSeconds(120);
        String code = Totp.codeAt(saved.secret(), Totp.stepAt(later));
        var firstSignIn = saved.check(code, later);
        var racingSignIn = saved.check(code, later);
        assertThat(firstSignIn.accepted()).isTrue();
        assertThat(racingSignIn.accepted()).isTrue();

        secondFactors.save(firstSignIn.next());

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> secondFactors.save(racingSignIn.next()));
        var reloaded = secondFactors.findByAccount(saved.accountId()).orElseThrow();
        assertThat(reloaded.lastUsedStep()).hasValue(Totp.stepAt(later));
        assertThat(reloaded.version()).isEqualTo(2);
    }

    @Test
    void aSecondEnrolmentOfTheSameAccountIsRefused() {
        var account = newClinician();
        secondFactors.save(enrolledFor(account));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> secondFactors.save(enrolledFor(account)));
    }

    @Test
    void removalDeletesTheRowUnlessItChangedMeanwhile() {
        var saved = secondFactors.save(enrolledFor(newClinician()));
        var checked = secondFactors.save(saved.check("000000", now).next());

        assertThatExceptionOfType(ConcurrentChangeException.class).isThrownBy(() -> secondFactors.remove(saved));
        secondFactors.remove(checked);

        assertThat(secondFactors.isEnrolled(saved.accountId())).isFalse();
        assertThat(secondFactors.findByAccount(saved.accountId())).isEmpty();
    }

    @Test
    void withoutAKeyNothingCanBeEnrolled() {
        var noKey = new JdbcSecondFactors(jdbc, SecretCipher.unavailable());

        assertThat(SecretCipher.unavailable().isAvailable()).isFalse();
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> noKey.save(enrolledFor(newClinician())))
                .withMessageContaining("rehabrx.security.secret-key");
    }

    @Test
    void aKeyMustBe32BytesOfBase64() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> SecretCipher.withBase64Key("c2hvcnQ="))
                .withMessageContaining("32 bytes");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> SecretCipher.withBase64Key("not base64 at all!"));
        assertThat(SecretCipher.withBase64Key(java.util.Base64.getEncoder().encodeToString(randomKey())).isAvailable())
                .isTrue();
    }

    private SecondFactor enrolledFor(AccountId account) {
        var secret = TotpSecret.generate(RANDOM);
        return SecondFactor.enrol(account, secret, Totp.codeAt(secret, Totp.stepAt(now)), now);
    }

    private AccountId newClinician() {
        var account = Account.open(new Username("clinician." + UUID.randomUUID().toString().substring(0, 8)),
                "A Clinician", Role.CLINICIAN, new EncodedPassword("{noop}secret"));
        return new JdbcAccounts(jdbc).save(account).id();
    }

    private byte[] storedBytes(AccountId account) {
        return jdbc.sql("SELECT encrypted_secret FROM second_factor WHERE account_id = ?")
                .param(account.value()).query(byte[].class).single();
    }

    private static byte[] randomKey() {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
