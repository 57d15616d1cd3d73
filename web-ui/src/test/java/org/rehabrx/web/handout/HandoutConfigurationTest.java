package org.rehabrx.web.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabrx.report.handout.Paper;

class HandoutConfigurationTest {

    @Test
    void paperIsA4UnlessLetterIsAskedFor() {
        assertThat(HandoutConfiguration.paper("")).isEqualTo(Paper.A4);
        assertThat(HandoutConfiguration.paper("A4")).isEqualTo(Paper.A4);
        assertThat(HandoutConfiguration.paper(" letter ")).isEqualTo(Paper.LETTER);
        assertThatThrownBy(() -> HandoutConfiguration.paper("legal"))
                .hasMessageContaining("REHABRX_HANDOUT_PAPER");
    }

    @Test
    void aLogoIsReadFromItsFileAndAMissingOneIsLeftOut(@TempDir Path dir) throws IOException {
        assertThat(HandoutConfiguration.logo("")).isEmpty();
        assertThat(HandoutConfiguration.logo(dir.resolve("missing.png").toString())).isEmpty();
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertThat(HandoutConfiguration.logo(empty.toString())).isEmpty();
        Path file = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5});
        assertThat(HandoutConfiguration.logo(file.toString())).hasValueSatisfying(
                logo -> assertThat(logo.size()).isEqualTo(9));
    }
}
