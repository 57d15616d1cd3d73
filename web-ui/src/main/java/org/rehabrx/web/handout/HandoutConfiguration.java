package org.rehabrx.web.handout;

import org.rehabrx.report.handout.HandoutRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HandoutConfiguration {

    /** One renderer for the whole application: it loads its fonts once and serves concurrent requests. */
    @Bean
    HandoutRenderer handoutRenderer() {
        return new HandoutRenderer();
    }
}
