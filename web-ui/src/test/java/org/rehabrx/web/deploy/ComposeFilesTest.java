package org.rehabrx.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The container files in {@code docker/} cannot be run here (no Docker engine), so this test reads them as
 * Docker would and checks what a deployment relies on: health checks, the database's named volume, start
 * order, secrets without defaults, sticky sessions and TLS in the scaled stack, and a Dockerfile that builds
 * the production jar and runs it as a non-root user.
 */
class ComposeFilesTest {

    private static final Path DOCKER = Path.of("..", "docker");
    private static final String SINGLE = "compose.yaml";
    private static final String SCALE = "compose.scale.yaml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY).*");
    /** Optional in the single stack only: the app generates a first-admin password or turns two-step sign-in off. */
    private static final Set<String> OPTIONAL_SECRETS_OF_SINGLE_STACK =
            Set.of("REHABRX_ADMIN_PASSWORD", "REHABRX_SECURITY_SECRET_KEY");
    /** Optional everywhere: without a scraper credential the metrics endpoint stays closed. */
    private static final Set<String> OPTIONAL_SECRETS = Set.of("REHABRX_METRICS_PASSWORD");

    @Test
    void singleStackHasTheDatabaseAndTheApp() {
        assertThat(services(SINGLE)).as("services of " + SINGLE).containsKeys("postgres", "app");
    }

    @Test
    void scaledStackHasTheDatabaseTwoAppReplicasAndTheProxy() {
        var services = services(SCALE);
        assertThat(services).as("services of " + SCALE).containsKeys("postgres", "traefik");
        int replicas = appServices(SCALE).values().stream().mapToInt(ComposeFilesTest::replicas).sum();
        assertThat(replicas).as("app replicas in " + SCALE + " (services built from docker/Dockerfile)")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void everyLongRunningServiceHasAHealthcheckAndARestartPolicy(String file) {
        services(file).forEach((name, service) -> {
            var healthcheck = map(service.get("healthcheck"));
            assertThat(healthcheck).as("healthcheck of service '%s' in %s", name, file).isNotEmpty();
            assertThat(healthcheck.get("disable")).as("healthcheck of '%s' in %s disabled", name, file)
                    .isNotEqualTo(Boolean.TRUE);
            assertThat(list(healthcheck.get("test"))).as("healthcheck test of '%s' in %s", name, file).isNotEmpty();
            assertThat(service.get("restart")).as("restart policy of '%s' in %s", name, file)
                    .isIn("always", "unless-stopped", "on-failure");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void databaseKeepsItsDataInANamedVolume(String file) {
        var postgres = services(file).get("postgres");
        assertThat(String.valueOf(postgres.get("image"))).as("database image in " + file).isEqualTo("postgres:17");
        Set<String> namedVolumes = map(compose(file).get("volumes")).keySet();
        var dataMounts = list(postgres.get("volumes")).stream().map(String::valueOf)
                .filter(mount -> mount.split(":")[1].equals("/var/lib/postgresql/data")).toList();
        assertThat(dataMounts).as("mount of /var/lib/postgresql/data in " + file).hasSize(1);
        assertThat(dataMounts.getFirst().split(":")[0])
                .as("the database's data mount in %s must be a named volume declared under volumes:", file)
                .isIn(namedVolumes);
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void appStartsOnlyOnceTheDatabaseIsHealthy(String file) {
        appServices(file).forEach((name, app) -> {
            var postgres = map(map(app.get("depends_on")).get("postgres"));
            assertThat(postgres.get("condition")).as("'%s' in %s must wait for a healthy postgres", name, file)
                    .isEqualTo("service_healthy");
            assertThat(map(app.get("environment")).get("SPRING_DATASOURCE_URL"))
                    .as("database URL of '%s' in %s", name, file)
                    .isEqualTo("jdbc:postgresql://postgres:5432/rehabrx");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void appHealthcheckAsksActuatorWithAToolTheImageInstalls(String file) throws IOException {
        String runtimeInstalls = Dockerfile.read().finalImage().stream()
                .filter(line -> line.startsWith("RUN ") && line.contains("apt-get install")).reduce("", String::concat);
        appServices(file).forEach((name, app) -> {
            var test = list(map(app.get("healthcheck")).get("test")).stream().map(String::valueOf).toList();
            assertThat(test).as("healthcheck of '%s' in %s", name, file).first().isEqualTo("CMD");
            assertThat(String.join(" ", test)).as("healthcheck of '%s' in %s", name, file)
                    .contains("/actuator/health");
            assertThat(runtimeInstalls).as("the runtime image must install '%s', used by the healthcheck of '%s' in %s",
                    test.get(1), name, file).containsPattern("\\b" + Pattern.quote(test.get(1)) + "\\b");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void noVariableHasALiteralDefault(String file) {
        for (var reference : variableReferences(file)) {
            String modifier = reference.modifier();
            boolean required = modifier.startsWith(":?") || modifier.startsWith("?");
            boolean emptyDefault = modifier.equals(":-") || modifier.equals("-");
            assertThat(required || emptyDefault)
                    .as("${%s%s} in %s: a variable is either required (:?message) or optional with an empty default",
                            reference.name(), modifier, file)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SINGLE, SCALE})
    void secretsComeOnlyFromRequiredVariables(String file) {
        services(file).forEach((name, service) -> environment(service).forEach((key, value) -> {
            if (!SECRET_NAME.matcher(key).matches()) {
                return;
            }
            Matcher reference = VARIABLE.matcher(value);
            assertThat(reference.matches()).as("%s of '%s' in %s must be exactly one ${VARIABLE}, not a literal: %s",
                    key, name, file, value).isTrue();
            boolean optionalHere = OPTIONAL_SECRETS.contains(reference.group(1))
                    || file.equals(SINGLE) && OPTIONAL_SECRETS_OF_SINGLE_STACK.contains(reference.group(1));
            if (!optionalHere) {
                assertThat(reference.group(2)).as("%s of '%s' in %s must be required with :?message", key, name, file)
                        .startsWith(":?");
            }
        }));
    }

    @Test
    void scaledStackRequiresEverySecretAndThePublicAddress() {
        var required = variableReferences(SCALE).stream().filter(reference -> reference.modifier().startsWith(":?"))
                .map(VariableReference::name).toList();
        assertThat(required).as("variables required by " + SCALE).contains("REHABRX_DB_PASSWORD",
                "REHABRX_ADMIN_PASSWORD", "REHABRX_SECURITY_SECRET_KEY", "REHABRX_PUBLIC_URL", "REHABRX_TLS_DIR");
    }

    @Test
    void onlyTheProxyPublishesPortsInTheScaledStack() {
        services(SCALE).forEach((name, service) -> {
            if (!name.equals("traefik")) {
                assertThat(list(service.get("ports"))).as("ports published by '%s' in %s", name, SCALE).isEmpty();
                assertThat(service.get("network_mode")).as("network_mode of '%s' in %s", name, SCALE).isNull();
            }
        });
        assertThat(list(services(SCALE).get("traefik").get("ports"))).as("ports of the proxy")
                .containsExactlyInAnyOrder("80:80", "443:443");
    }

    @Test
    void appReplicasTrustTheProxyAndSendTheSessionCookieOverHttpsOnly() {
        appServices(SCALE).forEach((name, app) -> {
            var environment = environment(app);
            assertThat(environment).as("environment of '%s' in %s", name, SCALE)
                    .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsEntry("SERVER_SERVLET_SESSION_COOKIE_SECURE", "true")
                    .containsKey("REHABRX_PUBLIC_URL");
        });
    }

    @Test
    void proxyKeepsEachBrowserOnTheReplicaHoldingItsSession() {
        var http = map(yaml(DOCKER.resolve("traefik/dynamic.yml")).get("http"));
        var routers = map(http.get("routers")).values().stream().map(ComposeFilesTest::map).toList();
        assertThat(routers).as("Traefik routers").isNotEmpty();
        for (var router : routers) {
            assertThat(list(router.get("entryPoints"))).as("entry points of a router").containsExactly("websecure");
            assertThat(router).as("a router without TLS").containsKey("tls");
            var loadBalancer = map(map(map(http.get("services")).get(router.get("service"))).get("loadBalancer"));
            var cookie = map(map(loadBalancer.get("sticky")).get("cookie"));
            assertThat(cookie).as("sticky cookie of service '%s'", router.get("service"))
                    .containsKey("name").containsEntry("secure", true).containsEntry("httpOnly", true);
            var servers = list(loadBalancer.get("servers")).stream().map(server -> map(server).get("url")).toList();
            assertThat(servers).as("servers behind the proxy must be exactly the app replicas")
                    .containsExactlyInAnyOrderElementsOf(appServices(SCALE).keySet().stream()
                            .map(name -> "http://" + name + ":8080").toList());
        }
    }

    @Test
    void proxyRedirectsHttpToHttpsAndServesTheOperatorsCertificate() {
        var web = map(map(yaml(DOCKER.resolve("traefik/traefik.yml")).get("entryPoints")).get("web"));
        var redirect = map(map(map(web.get("http")).get("redirections")).get("entryPoint"));
        assertThat(redirect).as("redirect of the http entry point")
                .containsEntry("to", "websecure").containsEntry("scheme", "https");
        var certificateMounts = list(services(SCALE).get("traefik").get("volumes")).stream().map(String::valueOf)
                .filter(mount -> mount.contains(":/certs")).toList();
        assertThat(certificateMounts).as("certificate directory of the proxy, given by the operator")
                .singleElement().asString().startsWith("${REHABRX_TLS_DIR:?").endsWith(":/certs:ro");
        var tls = map(yaml(DOCKER.resolve("traefik/dynamic.yml")).get("tls"));
        list(tls.get("certificates")).forEach(certificate -> assertThat(map(certificate).values())
                .as("certificate files").allSatisfy(path -> assertThat(String.valueOf(path)).startsWith("/certs/")));
    }

    @Test
    void noPrivateKeyOrCertificateIsCommitted() throws IOException {
        try (Stream<Path> files = Files.walk(DOCKER)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .as("key and certificate files under docker/")
                    .noneMatch(name -> name.matches(".*\\.(key|pem|crt|p12|pfx|jks)$"));
        }
    }

    @Test
    void dockerfileRunsTheAppAsANonRootUser() throws IOException {
        var users = Dockerfile.read().finalImage().stream().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).as("USER instructions of the final image").isNotEmpty();
        assertThat(users.getLast().substring(5).strip()).as("the user the app runs as")
                .isNotIn("root", "0", "0:0", "root:root");
    }

    @Test
    void dockerfileChecksActuatorHealthWithAnInstalledTool() throws IOException {
        var image = Dockerfile.read().finalImage();
        var healthchecks = image.stream().filter(line -> line.startsWith("HEALTHCHECK ")).toList();
        assertThat(healthchecks).as("HEALTHCHECK of the final image").hasSize(1);
        assertThat(healthchecks.getFirst()).contains("CMD curl").contains("http://localhost:8080/actuator/health");
        assertThat(image).as("the runtime image must install curl for its HEALTHCHECK")
                .anyMatch(line -> line.startsWith("RUN ") && line.matches(".*apt-get install[^&]*\\bcurl\\b.*"));
    }

    @Test
    void dockerfileSizesTheHeapFromTheContainersMemory() throws IOException {
        assertThat(Dockerfile.read().finalImage())
                .as("ENV or ENTRYPOINT of the final image with -XX:MaxRAMPercentage")
                .anyMatch(line -> (line.startsWith("ENV ") || line.startsWith("ENTRYPOINT "))
                        && line.matches(".*-XX:MaxRAMPercentage=\\d+.*"));
    }

    @Test
    void dockerfileBuildsTheProductionJarWithTheMavenWrapperOnJdk25AndRunsOnJre25() throws IOException {
        var dockerfile = Dockerfile.read();
        var buildStage = dockerfile.stages().getFirst();
        assertThat(buildStage.baseImage()).as("image of the build stage").isEqualTo("eclipse-temurin:25-jdk");
        assertThat(buildStage.instructions()).as("the build stage must build with the wrapper in production mode")
                .anyMatch(line -> line.startsWith("RUN ") && line.contains("./mvnw") && line.contains("-Pproduction")
                        && line.contains(" package"));
        assertThat(dockerfile.rootImageOf(dockerfile.stages().getLast())).as("image the app runs on")
                .isEqualTo("eclipse-temurin:25-jre");
        assertThat(String.join("\n", dockerfile.finalImage())).as("the final image must not contain a JDK or Maven")
                .doesNotContain("mvnw").doesNotContain("25-jdk");
    }

    @Test
    void dockerfileCopiesEveryModuleOfTheReactorIntoTheBuild() throws IOException {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(Path.of("..", "pom.xml")));
        var copies = Dockerfile.read().stages().getFirst().instructions().stream()
                .filter(line -> line.startsWith("COPY ")).toList();
        while (module.find()) {
            String directory = module.group(1) + "/";
            assertThat(copies).as("Maven reads every module of the root pom: the build stage must COPY %s", directory)
                    .anyMatch(line -> line.startsWith("COPY " + directory + " "));
        }
        assertThat(copies).as("the build stage must COPY the Maven wrapper")
                .anyMatch(line -> line.startsWith("COPY .mvn/ ")).anyMatch(line -> line.contains(" mvnw "));
    }

    @Test
    void imageBuildLeavesLocalSecretsAndBuildOutputOutOfItsContext() throws IOException {
        var ignored = Files.readAllLines(DOCKER.resolve("Dockerfile.dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).as("docker/Dockerfile.dockerignore").contains("docker/.env", "**/target/");
    }

    @Test
    void dockerfileStartsFromTheAotCacheItsTrainingRunRecorded() throws IOException {
        var dockerfile = Dockerfile.read();
        var entrypoint = dockerfile.finalImage().stream().filter(line -> line.startsWith("ENTRYPOINT ")).toList();
        assertThat(entrypoint).as("ENTRYPOINT of the final image").hasSize(1);
        Matcher cache = Pattern.compile("-XX:AOTCache=([^\"\\s]+)").matcher(entrypoint.getFirst());
        assertThat(cache.find()).as("the ENTRYPOINT must start from an AOT cache: %s", entrypoint).isTrue();
        String cacheFile = cache.group(1);
        assertThat(dockerfile.stages()).as("a stage that records %s in a training run", cacheFile)
                .anyMatch(stage -> stage.instructions().stream().anyMatch(line -> line.startsWith("RUN ")
                        && line.contains("-XX:AOTCacheOutput=" + cacheFile)
                        // the whole start-up until ready (runners done), then a normal exit that writes the cache
                        && !line.contains("-Dspring.context.exit=onRefresh")
                        && line.contains("-Dmanagement.endpoint.health.probes.enabled=true")
                        && line.contains("http://localhost:8080/actuator/health/readiness")
                        && line.contains("kill -TERM")
                        && line.contains("test -s " + cacheFile)));
        assertThat(dockerfile.stages().getLast().instructions()).as("the final stage must copy %s in", cacheFile)
                .anyMatch(line -> line.startsWith("COPY --from=") && line.contains(cacheFile));
    }

    private static Map<String, Map<String, Object>> services(String file) {
        var services = new LinkedHashMap<String, Map<String, Object>>();
        map(compose(file).get("services")).forEach((name, service) -> services.put(name, map(service)));
        assertThat(services).as("services of " + file).isNotEmpty();
        return services;
    }

    /** The services running RehabRx: the ones built from docker/Dockerfile. */
    private static Map<String, Map<String, Object>> appServices(String file) {
        var apps = new LinkedHashMap<String, Map<String, Object>>();
        services(file).forEach((name, service) -> {
            if ("docker/Dockerfile".equals(map(service.get("build")).get("dockerfile"))) {
                apps.put(name, service);
            }
        });
        assertThat(apps).as("services of %s built from docker/Dockerfile", file).isNotEmpty();
        return apps;
    }

    private static int replicas(Map<String, Object> service) {
        Object replicas = map(service.get("deploy")).get("replicas");
        return replicas == null ? 1 : ((Number) replicas).intValue();
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        var environment = new LinkedHashMap<String, String>();
        Object declared = service.get("environment");
        if (declared instanceof List<?> entries) {
            entries.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            map(declared).forEach((key, value) -> environment.put(key, String.valueOf(value)));
        }
        return environment;
    }

    private record VariableReference(String name, String modifier) {
    }

    /** Every ${…} in the file's values, after YAML parsing (anchors and merges resolved). */
    private static List<VariableReference> variableReferences(String file) {
        var references = new ArrayList<VariableReference>();
        collectReferences(compose(file), references);
        assertThat(references).as("variable references in " + file).isNotEmpty();
        return references;
    }

    private static void collectReferences(Object node, List<VariableReference> references) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectReferences(value, references));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectReferences(value, references));
        } else if (node instanceof String text) {
            Matcher matcher = VARIABLE.matcher(text);
            while (matcher.find()) {
                references.add(new VariableReference(matcher.group(1), matcher.group(2)));
            }
        }
    }

    private static Map<String, Object> compose(String file) {
        return yaml(DOCKER.resolve(file));
    }

    private static Map<String, Object> yaml(Path path) {
        try (var reader = Files.newBufferedReader(path)) {
            Map<String, Object> document = new Yaml().load(reader);
            assertThat(document).as(path + " parsed").isNotNull();
            return document;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path.toAbsolutePath().normalize(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    /** The Dockerfile as stages of instructions, continuation lines joined and comments dropped. */
    private record Dockerfile(List<Stage> stages) {

        record Stage(String baseImage, String name, List<String> instructions) {
        }

        static Dockerfile read() throws IOException {
            String text = Files.readString(DOCKER.resolve("Dockerfile"));
            var stages = new ArrayList<Stage>();
            var current = new StringBuilder();
            for (String line : text.split("\n")) {
                String stripped = line.strip();
                if (stripped.startsWith("#") || stripped.isEmpty()) {
                    continue;
                }
                if (stripped.endsWith("\\")) {
                    current.append(stripped, 0, stripped.length() - 1).append(' ');
                    continue;
                }
                String instruction = current.append(stripped).toString();
                current.setLength(0);
                if (instruction.startsWith("FROM ")) {
                    String[] parts = instruction.split("\\s+");
                    String name = parts.length >= 4 && parts[2].equalsIgnoreCase("AS") ? parts[3] : "";
                    stages.add(new Stage(parts[1], name, new ArrayList<>()));
                } else {
                    assertThat(stages).as("an instruction before the first FROM: " + instruction).isNotEmpty();
                    stages.getLast().instructions().add(instruction);
                }
            }
            assertThat(stages).as("stages of the Dockerfile").hasSizeGreaterThanOrEqualTo(2);
            return new Dockerfile(stages);
        }

        /** Instructions that shape the final image, including those of the stages it is built FROM. */
        List<String> finalImage() {
            var instructions = new ArrayList<String>();
            for (Stage stage = stages.getLast(); stage != null; stage = stageNamed(stage.baseImage())) {
                instructions.addAll(0, stage.instructions());
            }
            return instructions;
        }

        String rootImageOf(Stage stage) {
            Stage base = stageNamed(stage.baseImage());
            return base == null ? stage.baseImage() : rootImageOf(base);
        }

        private Stage stageNamed(String name) {
            return stages.stream().filter(stage -> stage.name().equals(name)).findFirst().orElse(null);
        }
    }
}
