package org.rehabrx.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.db.education.JdbcEducationBlocks;
import org.rehabrx.db.exercise.JdbcExercises;
import org.rehabrx.db.library.ShippedLibrary;
import org.rehabrx.db.library.ShippedLibraryImport;
import org.rehabrx.db.template.JdbcTemplates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty PostgreSQL database with a clinic: the schema from the application's changelog, the shipped
 * library imported as the application imports it at start, then — at scale 1.0 — 100 clinicians and an admin,
 * 100,000 patients, about 150,000 programme versions, a million session logs, a few thousand pending
 * proposals and 200,000 chained audit events. Every account's password is {@value #PASSWORD}.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.rehabrx.bench.dataset.GenerateDataSet \
 *     --url 'jdbc:postgresql://127.0.0.1:5432/rehabrx_bench?user=postgres' --seed 42 [--scale 1.0]</pre>
 */
public final class GenerateDataSet {

    static final String PASSWORD = "bench-clinic-2026";
    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final int CLINICIANS = 100;
    private static final int PATIENTS_AT_FULL_SCALE = 100_000;
    private static final int AUDIT_EVENTS_AT_FULL_SCALE = 200_000;

    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger QUIET_LIQUIBASE = Logger.getLogger("liquibase");

    private GenerateDataSet() {
    }

    public static void main(String[] args) throws Exception {
        var arguments = Arguments.parse(args, Map.of("--scale", "1.0"), "--url", "--seed");
        String url = arguments.get("--url");
        long seed = Long.parseLong(arguments.get("--seed"));
        double scale = Double.parseDouble(arguments.get("--scale"));
        int patients = (int) Math.round(PATIENTS_AT_FULL_SCALE * scale);
        long auditEvents = Math.round(AUDIT_EVENTS_AT_FULL_SCALE * scale);
        var progress = System.err;
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            refuseNonEmpty(connection);
            step(progress, "schema (Liquibase, the application's changelog)");
            createSchema(connection);
            var dataSource = new SingleConnectionDataSource(connection, true);
            var jdbc = JdbcClient.create(dataSource);
            var transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            step(progress, "shipped library");
            var summary = transaction.execute(status -> new ShippedLibraryImport(new JdbcExercises(jdbc),
                    new JdbcEducationBlocks(jdbc), new JdbcTemplates(jdbc))
                    .importLibrary(ShippedLibrary.forefootPlantarPain()));
            progress.println("  " + (summary == null ? "" : summary.sentence()));

            var ids = new Ids(seed);
            step(progress, "accounts (Argon2id, as the application hashes passwords)");
            var clinicians = accounts(ids);
            var admin = new AuditLoad.Account(ids.of(Ids.Kind.ACCOUNT, CLINICIANS), "benchadmin", Role.ADMIN);
            loadAccounts(connection, clinicians, admin, seed, progress);
            step(progress, "each clinician's own copies of the shipped exercises");
            transaction.executeWithoutResult(status -> copyExercises(jdbc, ids, clinicians));

            var clinic = new Clinic(ids, Library.read(jdbc), clinicians.stream().map(AuditLoad.Account::id).toList());
            step(progress, "patients and their histories (COPY)");
            new TableLoad(clinic, patients, connection, progress).loadAll();
            step(progress, "audit trail (hash chain)");
            new AuditLoad(clinic, clinicians, admin, patients).load(connection, auditEvents, seed, progress);

            step(progress, "VACUUM ANALYZE");
            try (var statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            progress.printf(Locale.ROOT, "Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
            VerifyDataSet.verify(connection, patients, auditEvents, progress);
        }
    }

    private static void step(PrintStream progress, String what) {
        progress.println("- " + what);
    }

    private static void refuseNonEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                     + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema()")) {
            result.next();
            if (result.getLong(1) > 0) {
                throw new IllegalStateException("The database is not empty; give a new, empty database "
                        + "(CREATE DATABASE …), so that nothing is overwritten.");
            }
        }
    }

    private static void createSchema(Connection connection) throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        QUIET_LIQUIBASE.setLevel(Level.WARNING);
        Scope.child(Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(GenerateDataSet.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService()),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute());
        connection.setAutoCommit(true);
    }

    private static List<AuditLoad.Account> accounts(Ids ids) {
        var clinicians = new ArrayList<AuditLoad.Account>();
        for (int i = 1; i <= CLINICIANS; i++) {
            clinicians.add(new AuditLoad.Account(ids.of(Ids.Kind.ACCOUNT, i - 1),
                    String.format(Locale.ROOT, "clinician%03d", i), Role.CLINICIAN));
        }
        return clinicians;
    }

    /** The same encoder as the application's SecurityConfiguration: Argon2id, with bcrypt still readable. */
    static PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(
                current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    private static void loadAccounts(Connection connection, List<AuditLoad.Account> clinicians,
                                     AuditLoad.Account admin, long seed, PrintStream progress) throws SQLException {
        // one Argon2id hash serves every account: each takes about a third of a second here, and the
        // accounts share the password anyway; the application reads it as it reads any hash it made
        String passwordHash = passwordEncoder().encode(PASSWORD);
        var random = new SplittableRandom(Ids.mix(seed ^ 0x636c696eL));
        var everyone = new ArrayList<>(clinicians);
        everyone.add(admin);
        try (var copy = CopyTable.into(connection, "account", "id, username, display_name, role, password_hash, "
                + "password_change_required, enabled, version", everyone.size(), progress)) {
            for (var account : everyone) {
                String displayName = account.role() == Role.ADMIN ? "Clinic administrator"
                        : Vocabulary.personName(random);
                copy.values(account.id(), account.username(), displayName, account.role().name(),
                        passwordHash, false, true, 1).endRow();
            }
        }
    }

    private static void copyExercises(JdbcClient jdbc, Ids ids, List<AuditLoad.Account> clinicians) {
        var exercises = new JdbcExercises(jdbc);
        var shipped = jdbc.sql("SELECT id FROM exercise WHERE author_id IS NULL ORDER BY key").query(UUID.class).list();
        var stored = exercises.findAllById(shipped.stream().map(ExerciseId::new).toList()).stream()
                .sorted(Comparator.comparing(exercise -> String.valueOf(exercise.key())))
                .toList();
        int n = 0;
        for (var clinician : clinicians) {
            for (var original : stored) {
                var copy = original.clonedFor(new AccountId(clinician.id()));
                exercises.save(new Exercise(new ExerciseId(ids.of(Ids.Kind.EXERCISE, n++)),
                        null, copy.description(), copy.origin(), copy.author(), copy.basedOn(), 0));
            }
        }
    }
}
