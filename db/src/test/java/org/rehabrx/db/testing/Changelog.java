package org.rehabrx.db.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs the application's master changelog the way Spring Boot does at start-up. */
public final class Changelog {

    public static final String MASTER = "db/changelog/db.changelog-master.yaml";

    private Changelog() {
    }

    public static void update(DataSource dataSource) {
        run(dataSource, UpdateCommandStep.COMMAND_NAME, command -> { });
    }

    public static void rollback(DataSource dataSource, int changeSets) {
        run(dataSource, RollbackCountCommandStep.COMMAND_NAME,
                command -> command.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, changeSets));
    }

    private static void run(DataSource dataSource, String[] commandName, Consumer<CommandScope> arguments) {
        try (Connection connection = dataSource.getConnection()) {
            var command = new CommandScope(commandName);
            arguments.accept(command);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor,
                    new ClassLoaderResourceAccessor(Changelog.class.getClassLoader()),
                    () -> command
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
                            .execute());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the test database", e);
        } catch (Exception e) {
            throw new IllegalStateException("Changelog run failed", e);
        }
    }
}
