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
                "spring.datasource.password", database.password())));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
