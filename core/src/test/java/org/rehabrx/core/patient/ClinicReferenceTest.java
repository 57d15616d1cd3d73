package org.rehabrx.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicReferenceTest {

    @Test
    void isStoredTrimmedInUpperCase() {
        assertThat(new ClinicReference("  mt-2024/017 ").value()).isEqualTo("MT-2024/017");
    }

    @Test
    void referencesDifferingOnlyInCaseAreEqual() {
        assertThat(new ClinicReference("ff.0042_b")).isEqualTo(new ClinicReference("FF.0042_B"));
    }

    @Test
    void printsAsItsValue() {
        assertThat(new ClinicReference("ff-12")).hasToString("FF-12");
    }

    @Property
    void lettersAndDigitsAreAlwaysAccepted(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = ClinicReference.MAX_LENGTH) String value) {
        assertThat(new ClinicReference(value).value()).isEqualTo(value.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void mustBeGiven(String missing) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClinicReference(missing))
                .withMessage("Enter the clinic reference number.");
    }

    @Test
    void hasAtMost32Characters() {
        assertThat(new ClinicReference("A".repeat(32)).value()).hasSize(32);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClinicReference("A".repeat(33)))
                .withMessage("A clinic reference has at most 32 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MT 17", "-MT17", "/17", ".17", "MT#17", "MT:17", "PÄT1", "MT\u200B17"})
    void usesOnlyLettersDigitsAndSeparatorsStartingWithALetterOrDigit(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClinicReference(value))
                .withMessageContaining("letters, digits and / . _ - only")
                .withMessageContaining("starting with a letter or digit");
    }
}
