package org.rehabrx.core.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class TotpSecretTest {

    @Test
    void aGeneratedSecretHas160RandomBits() {
        var random = new SecureRandom();
        var first = TotpSecret.generate(random);
        var second = TotpSecret.generate(random);

        assertThat(first.bytes()).hasSize(20);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void base32IsTheRfc4648EncodingAndReadsBack() {
        var rfcSeed = new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

        assertThat(rfcSeed.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(TotpSecret.fromBase32("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(rfcSeed);
    }

    @Test
    void theManualKeyComesInGroupsOfFour() {
        var rfcSeed = new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

        assertThat(rfcSeed.forManualEntry()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }

    @Test
    void theSecretNeverPrintsItself() {
        var secret = TotpSecret.generate(new SecureRandom());

        assertThat(secret.toString()).doesNotContain(secret.base32()).contains("hidden");
    }

    @Test
    void aKeyOfTheWrongSizeOrAlphabetIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TotpSecret(new byte[16]));
        assertThatIllegalArgumentException().isThrownBy(() -> TotpSecret.fromBase32("GEZDGNBVGY3TQOJ1"));
    }
}
