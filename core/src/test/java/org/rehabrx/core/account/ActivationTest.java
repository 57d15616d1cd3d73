package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.ActivationRefusedException.Reason;

class ActivationTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration VALIDITY = Duration.ofHours(72);

    private final ActivationCode code = ActivationCode.random();
    private final Activation activation = Activation.issue(AccountId.newId(), code, ISSUED, VALIDITY).storedAs(1);

    @Test
    void aNewActivationKeepsOnlyTheHashOfItsCodeAndExpiresAfterTheValidity() {
        assertThat(activation.codeHash()).isEqualTo(code.hash());
        assertThat(activation.codeHash().value()).doesNotContain(code.value());
        assertThat(activation.expiresAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(activation.usedAt()).isNull();
    }

    @Test
    void itCanBeUsedOnceBeforeItExpires() {
        var used = activation.use(ISSUED.plus(Duration.ofHours(71)));

        assertThat(used.usedAt()).isEqualTo(ISSUED.plus(Duration.ofHours(71)));
        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> used.use(ISSUED.plus(Duration.ofHours(71).plusMinutes(1))))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(Reason.USED));
    }

    @Test
    void itCannotBeUsedFromTheMomentItExpires() {
        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> activation.use(activation.expiresAt()))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(Reason.EXPIRED))
                .withMessage("This activation code has expired. Ask the clinic for a new one.");
    }

    @Test
    void aVoidedActivationCannotBeUsed() {
        var voided = new Activation(activation.id(), activation.account(), activation.codeHash(), ISSUED,
                activation.expiresAt(), null, ISSUED.plusSeconds(60), 2);

        assertThatExceptionOfType(ActivationRefusedException.class)
                .isThrownBy(() -> voided.use(ISSUED.plusSeconds(120)))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(Reason.REPLACED));
    }

    @Test
    void inconsistentActivationsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Activation.issue(AccountId.newId(), code, ISSUED,
                Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new Activation(ActivationId.newId(), AccountId.newId(),
                code.hash(), ISSUED, ISSUED.plusSeconds(1), ISSUED, ISSUED, 1));
    }

    @Test
    void aCodeHasAtLeast128RandomBitsInAnUrlSafeAlphabetAndIsShownInGroupsOfFour() {
        // 28 characters from 32 symbols: 28 × 5 = 140 bits
        assertThat(code.value()).hasSize(28).matches("[0-9A-HJKMNP-TV-Z]{28}");
        assertThat(code.grouped()).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            seen.add(ActivationCode.random().value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typingIsForgivingAboutCaseSpacesDashesAndLookAlikes() {
        var generated = ActivationCode.random(new Random(7));
        String typed = " " + generated.grouped().toLowerCase().replace('-', ' ') + " ";

        assertThat(new ActivationCode(typed)).isEqualTo(generated);
        assertThat(new ActivationCode("O".repeat(14) + "IL".repeat(7)).value())
                .isEqualTo("0".repeat(14) + "1".repeat(14));
    }

    @Test
    void somethingThatIsNotACodeIsRefusedWithAClearMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivationCode("ABCD-EFGH"))
                .withMessage("An activation code has 28 letters and digits; check what you typed.");
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivationCode("U".repeat(28)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivationCode("  - "))
                .withMessage("Enter the activation code.");
    }

    @Test
    void theCodeNeverShowsInItsTextForm() {
        assertThat(code.toString()).doesNotContain(code.value()).doesNotContain(code.grouped());
    }

    @Test
    void theHashIsTheSha256OfTheCode() {
        // computed outside Java: printf 0000000000000000000000000000 | sha256sum
        assertThat(new ActivationCode("0".repeat(28)).hash().value())
                .isEqualTo("d77bd86a0e004d9c21a03cdbfeac637b484d184bdda05d72ad726e029c9003a1");
    }
}
