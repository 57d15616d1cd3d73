package org.rehabrx.web.testing;

import java.util.Map;

import org.rehabrx.db.testing.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/** Gives every Spring test context a database of its own, created empty before the application's initializers run. */
public final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>,
        Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = TestDatabase.create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                // Spring keeps up to 32 test contexts alive at once; small pools that let idle connections go
                // keep them all under the server's connection limit
                "spring.datasource.hikari.maximum-pool-size", "5",
                "spring.datasource.hikari.minimum-idle", "0",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
