package org.rehabrx.web.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words what is missing and how to provide it. */
public final class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        String description = "RehabRx needs PostgreSQL and could not use " + cause.url()
                + " as user '" + cause.username() + "': " + cause.reason();
        String action = """
                Provide a PostgreSQL 15 or newer server in one of these ways:
                  - set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD;
                  - start Docker, so that the postgres service of docker/compose.yaml is started for you;
                  - run PostgreSQL locally on localhost:5432 with a user 'postgres' that may create databases
                    (on Debian/Ubuntu: sudo apt-get install postgresql).""";
        return new FailureAnalysis(description, action, cause);
    }
}
