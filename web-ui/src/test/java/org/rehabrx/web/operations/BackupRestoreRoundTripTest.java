package org.rehabrx.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.testing.TestDatabase;
import org.rehabrx.web.RehabRxApplication;
import org.rehabrx.web.audit.AuditService;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The backup procedure of docs/operations.md, run for real: a demo clinic's database, grown through the
 * application, is dumped with {@code pg_dump --format=custom} and restored with {@code pg_restore} into a fresh
 * database, on which the application starts; every table holds the same rows, the uploaded picture the same
 * bytes, and the audit trail is still a verified, append-only chain.
 *
 * <p>The test has a Spring context and database of its own (the pool name sets it apart from the context the
 * other demo tests share), closed afterwards: the row checks expect exactly what it adds to the demo clinic.
 */
@SpringBootTest(properties = "spring.datasource.hikari.pool-name=backup-round-trip")
@DirtiesContext
@ActiveProfiles("demo")
@WithTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreRoundTripTest {

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    DataSource dataSource;
    @Autowired
    LibraryService library;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;
    @Autowired
    Clock clock;

    private TestDatabase restored;
    private ConfigurableApplicationContext restoredApp;
    private ExerciseId pictured;
    private byte[] picture;
    private ProgrammeId revisedProgramme;
    private Map<String, TableContent> original;
    private Map<String, TableContent> afterRestoreAndStart;

    @BeforeAll
    void aClinicIsBackedUpAndRestoredIntoAFreshDatabaseOnWhichTheApplicationStarts() throws Exception {
        var pgDump = executable("pg_dump");
        var pgRestore = executable("pg_restore");
        assumeTrue(pgDump.isPresent() && pgRestore.isPresent(),
                "pg_dump and pg_restore are not on the PATH: install the PostgreSQL client programs "
                        + "(Debian: apt-get install postgresql-client) to run the backup round trip");

        growTheDemoClinicThroughTheApplication();

        var source = new DatabaseAddress(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
        Path dump = Files.createTempFile("rehabrx-backup-", ".dump");
        try {
            run(source, pgDump.get(), "--format=custom", "--file=" + dump, "--dbname=" + source.database());
            restored = TestDatabase.create();
            var target = new DatabaseAddress(restored.jdbcUrl(), restored.username(), restored.password());
            run(target, pgRestore.get(), "--no-owner", "--exit-on-error", "--dbname=" + target.database(),
                    dump.toString());
        } finally {
            Files.deleteIfExists(dump);
        }

        restoredApp = new SpringApplicationBuilder(RehabRxApplication.class)
                .properties(Map.of(
                        "spring.datasource.url", restored.jdbcUrl(),
                        "spring.datasource.username", restored.username(),
                        "spring.datasource.password", restored.password(),
                        "spring.datasource.hikari.maximum-pool-size", "3",
                        "spring.datasource.hikari.minimum-idle", "0",
                        "server.port", "0"))
                .run();
        // read before anything is done on the restored application, whose audited calls add rows
        original = tablesOf(dataSource);
        afterRestoreAndStart = tablesOf(restoredApp.getBean(DataSource.class));
    }

    @AfterAll
    void dropTheRestoredDatabase() {
        SignedInAs.nobody();
        if (restoredApp != null) {
            restoredApp.close();
        }
        if (restored != null) {
            JdbcClient.create(dataSource).sql("DROP DATABASE IF EXISTS " + restored.name() + " WITH (FORCE)").update();
        }
    }

    @Test
    void everyTableHasTheSameRowsAfterTheRestoreAndTheApplicationsStart() {
        assertThat(original).containsKeys("account", "patient", "programme", "programme_version",
                "session_log", "exercise_image", "audit_event", "databasechangelog");
        assertThat(original.get("programme_version").rows()).isGreaterThanOrEqualTo(2);
        assertThat(original.get("exercise_image").rows()).isEqualTo(1);
        assertThat(original.get("audit_event").rows()).isPositive();

        assertThat(afterRestoreAndStart).isEqualTo(original);
    }

    @Test
    void theUploadedPictureHasTheSameBytes() {
        SignedInAs.account(restoredApp, "demo.clinician");

        var restoredPicture = restoredApp.getBean(LibraryService.class).picture(pictured, ImagePosition.START)
                .orElseThrow();

        assertThat(restoredPicture.content()).isEqualTo(picture);
        assertThat(restoredPicture.mediaType()).isEqualTo("image/png");
    }

    @Test
    void theRevisedProgrammeKeepsBothVersions() {
        SignedInAs.account(restoredApp, "demo.clinician");

        var history = restoredApp.getBean(ProgrammeService.class).history(revisedProgramme);

        assertThat(history).extracting(version -> version.number()).contains(1, 2);
        assertThat(history.getLast().content().goal()).isEqualTo(revisedGoal());
    }

    @Test
    void theAuditChainVerifiesAndGrowsOnTheRestoredDatabase() {
        SignedInAs.account(restoredApp, "demo.admin");
        var audit = restoredApp.getBean(AuditService.class);

        var first = audit.verifyChain();
        // the first verification was itself audited: the restored chain accepts new events after the old ones
        var second = audit.verifyChain();

        assertThat(first.intact()).isTrue();
        assertThat(first.eventsChecked()).isGreaterThanOrEqualTo(original.get("audit_event").rows());
        assertThat(second.intact()).isTrue();
        assertThat(second.eventsChecked()).isGreaterThan(first.eventsChecked());
    }

    @Test
    void theRestoredAuditTrailStillRefusesChanges() {
        var jdbc = JdbcClient.create(restoredApp.getBean(DataSource.class));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'DENIED'").update())
                .hasMessageContaining("audit_event is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("audit_event is append-only: DELETE refused");
    }

    @Test
    void theRestoredApplicationAnswersItsHealthCheckWithTheDatabaseUp() throws Exception {
        var port = restoredApp.getEnvironment().getRequiredProperty("local.server.port");

        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    /** A second programme version, a session log and a picture of the clinician's own exercise, each audited. */
    private void growTheDemoClinicThroughTheApplication() throws IOException {
        var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        var programme = programmes.forPatient(maria.id()).getFirst();
        revisedProgramme = programme.id();

        SignedInAs.account(context, "demo.clinician");
        var content = programme.content();
        var revised = programmeService.saveChanges(programme.id(), programme.version(),
                new ProgrammeContent(content.title(), revisedGoal(), content.startDate(), content.reviewDate(),
                        content.exercises(), content.orthoticNotes(), content.educationBlocks(), content.rules(),
                        content.baselinePain(), content.acknowledgements()));
        assertThat(revised.number()).isEqualTo(programme.number() + 1);

        var shipped = library.exercises().stream().filter(Exercise::isShipped).findFirst().orElseThrow();
        pictured = library.cloneExercise(shipped.id()).id();
        picture = png(320, 240);
        library.storePicture(pictured, ImagePosition.START, picture, "image/png");

        SignedInAs.account(context, "demo.patient");
        var exercise = revised.content().exercises().getFirst().exercise();
        sessionLogs.log(programme.id(), new SessionReport(exercise, LocalDate.now(clock), true, 2, PainScore.of(3),
                null, "Easier than yesterday"));
        SignedInAs.nobody();
    }

    private static String revisedGoal() {
        return "Walk to the market and back without next-morning pain above baseline";
    }

    /** Every table of the public schema with its row count and a checksum over all its rows, by table name. */
    private static Map<String, TableContent> tablesOf(DataSource database) {
        var jdbc = JdbcClient.create(database);
        var tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""")
                .query(String.class).list();
        var contents = new TreeMap<String, TableContent>();
        for (String table : tables) {
            contents.put(table, jdbc.sql("SELECT count(*) AS rows, "
                            + "md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS checksum "
                            + "FROM public.\"" + table + "\" t")
                    .query((row, number) -> new TableContent(row.getLong("rows"), row.getString("checksum")))
                    .single());
        }
        return contents;
    }

    private record TableContent(long rows, String checksum) {
    }

    /** Where the PostgreSQL command-line programs connect: host, port, user and database of a JDBC URL. */
    private record DatabaseAddress(String host, int port, String database, String username, String password) {

        DatabaseAddress(String jdbcUrl, String username, String password) {
            this(URI.create(jdbcUrl.substring("jdbc:".length())), username, password);
        }

        private DatabaseAddress(URI url, String username, String password) {
            this(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort(), url.getPath().substring(1), username,
                    password);
        }
    }

    private static void run(DatabaseAddress address, Path program, String... arguments)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of(program.toString(), "--host=" + address.host(),
                "--port=" + address.port(), "--username=" + address.username(), "--no-password"));
        command.addAll(Arrays.asList(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!address.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", address.password());
        }
        var process = builder.start();
        var output = new ByteArrayOutputStream();
        var reader = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException ignored) {
                // the exit code below reports the failure
            }
        });
        boolean finished = process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        reader.join(TOOL_TIMEOUT);
        assertThat(finished).as("%s finished within %s", program.getFileName(), TOOL_TIMEOUT).isTrue();
        assertThat(process.exitValue())
                .as("%s exit code; its output:%n%s", program.getFileName(), output.toString(StandardCharsets.UTF_8))
                .isZero();
    }

    private static Optional<Path> executable(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.drawOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
