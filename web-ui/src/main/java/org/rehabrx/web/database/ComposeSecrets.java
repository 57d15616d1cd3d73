package org.rehabrx.web.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The compose file takes the database password from {@code REHABRX_DB_PASSWORD} and has no default.
 * For a developer's run, Docker Compose reads it from {@code docker/.env}; the first run writes that
 * file (git-ignored, owner-only) with a random password, and later runs keep it so the existing
 * data volume stays usable.
 */
final class ComposeSecrets {

    private ComposeSecrets() {
    }

    static void ensureDatabasePassword(Path composeDirectory) {
        if (System.getenv("REHABRX_DB_PASSWORD") != null) {
            return;
        }
        Path envFile = composeDirectory.resolve(".env");
        try {
            if (Files.exists(envFile) && Files.readString(envFile).contains("REHABRX_DB_PASSWORD=")) {
                return;
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Files.writeString(envFile, "REHABRX_DB_PASSWORD=" + HexFormat.of().formatHex(random) + "\n");
            Files.setPosixFilePermissions(envFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + envFile, e);
        }
    }
}
