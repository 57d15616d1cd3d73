package org.rehabrx.report.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps rendered handouts under target/handout-samples for a person to look at (pdftoppm -png). */
final class Samples {

    private Samples() {
    }

    static void write(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "handout-samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
