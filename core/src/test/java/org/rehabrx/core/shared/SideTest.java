package org.rehabrx.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideTest {

    @ParameterizedTest
    @CsvSource({"LEFT, left", "RIGHT, right", "BOTH, both"})
    void labelsAreLowerCaseWordsForSentences(Side side, String label) {
        assertThat(side.label()).isEqualTo(label);
    }
}
