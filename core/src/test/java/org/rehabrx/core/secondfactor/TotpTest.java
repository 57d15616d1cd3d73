package org.rehabrx.core.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B: the ASCII digits "12345678901234567890". */
    static final TotpSecret RFC_SEED = new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    /** RFC 6238 appendix B, the SHA1 rows: Unix time, T as hexadecimal, eight-digit TOTP. */
    @ParameterizedTest
    @CsvSource({
            "59,          0000000000000001, 94287082",
            "1111111109,  00000000023523EC, 07081804",
            "1111111111,  00000000023523ED, 14050471",
            "1234567890,  000000000273EF07, 89005924",
            "2000000000,  0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void theRfc6238TestVectorsComeOut(long unixTime, String stepHex, String eightDigits) {
        long step = Totp.stepAt(Instant.ofEpochSecond(unixTime));

        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.codeAt(RFC_SEED, step, 8)).isEqualTo(eightDigits);
        // six digits are the same truncated value modulo 10^6: the last six of the eight
        assertThat(Totp.codeAt(RFC_SEED, step)).isEqualTo(eightDigits.substring(2));
        assertThat(Totp.matchingStep(RFC_SEED, eightDigits.substring(2), Instant.ofEpochSecond(unixTime)))
                .hasValue(step);
    }

    @Test
    void aCodeFromOneStepBeforeOrAfterIsAcceptedAndReportsItsOwnStep() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        long current = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current - 1), now)).hasValue(current - 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current + 1), now)).hasValue(current + 1);
    }

    @Test
    void aCodeTwoStepsAwayIsRefused() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        long current = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current + 2), now)).isEmpty();
    }

    @Test
    void spacesBetweenTheDigitsAreIgnoredAndAnythingButSixDigitsMatchesNothing() {
        var now = Instant.ofEpochSecond(59);

        assertThat(Totp.matchingStep(RFC_SEED, "287 082", now)).hasValue(1);
        assertThat(Totp.matchingStep(RFC_SEED, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "28708x", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "", now)).isEmpty();
    }

    @Test
    void theProvisioningUriCarriesIssuerAccountAndKey() {
        String uri = Totp.provisioningUri(RFC_SEED, "RehabRx", "maria lopez");

        assertThat(uri).isEqualTo("otpauth://totp/RehabRx:maria%20lopez?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=RehabRx&algorithm=SHA1&digits=6&period=30");
    }
}
