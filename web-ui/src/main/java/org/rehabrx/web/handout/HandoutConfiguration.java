package org.rehabrx.web.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.rehabrx.report.handout.ClinicLogo;
import org.rehabrx.report.handout.ClinicStyle;
import org.rehabrx.report.handout.HandoutRenderer;
import org.rehabrx.report.handout.Illustrations;
import org.rehabrx.report.handout.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HandoutConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(HandoutConfiguration.class);

    /** A logo file larger than this is not a header logo; it is left out rather than read into memory. */
    static final long MAX_LOGO_BYTES = 5L * 1024 * 1024;

    /**
     * One renderer for the whole application: it loads its fonts and the clinic's logo once and serves
     * concurrent requests.
     *
     * @param logo  path of the clinic's PNG or JPEG logo; empty for none
     * @param paper {@code A4} or {@code LETTER}: the paper of English handouts (Spanish ones are always A4)
     */
    @Bean
    HandoutRenderer handoutRenderer(@Value("${rehabrx.clinic.logo:}") String logo,
                                    @Value("${rehabrx.handout.paper:A4}") String paper) {
        return new HandoutRenderer(Illustrations.none(), new ClinicStyle(logo(logo), paper(paper)));
    }

    /** The logo file's contents; none, with a warning, when the file cannot be read. */
    static Optional<ClinicLogo> logo(String location) {
        if (location.isBlank()) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(location.strip());
            long size = Files.size(file);
            if (size == 0 || size > MAX_LOGO_BYTES) {
                LOG.warn("The clinic logo {} is {} bytes (expected 1 to {}); handouts are printed without it",
                        file, size, MAX_LOGO_BYTES);
                return Optional.empty();
            }
            return Optional.of(ClinicLogo.of(Files.readAllBytes(file)));
        } catch (IOException | InvalidPathException e) {
            LOG.warn("The clinic logo {} cannot be read ({}); handouts are printed without it", location, e.toString());
            return Optional.empty();
        }
    }

    static Paper paper(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Paper.A4;
        }
        try {
            return Paper.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "rehabrx.handout.paper (REHABRX_HANDOUT_PAPER) must be A4 or LETTER, not '" + value + "'", e);
        }
    }
}
