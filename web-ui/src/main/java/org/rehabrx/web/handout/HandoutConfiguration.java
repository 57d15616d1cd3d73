package org.rehabrx.web.handout;

import java.util.Locale;

import org.rehabrx.report.handout.ClinicStyle;
import org.rehabrx.report.handout.HandoutRenderer;
import org.rehabrx.report.handout.Illustrations;
import org.rehabrx.report.handout.Paper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HandoutConfiguration {

    /**
     * One renderer for the whole application: it loads its fonts once and serves concurrent requests.
     *
     * @param paper {@code A4} or {@code LETTER}: the paper of English handouts (Spanish ones are always A4)
     */
    @Bean
    HandoutRenderer handoutRenderer(@Value("${rehabrx.handout.paper:A4}") String paper) {
        return new HandoutRenderer(Illustrations.none(), new ClinicStyle(paper(paper)));
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
