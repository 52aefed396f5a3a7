package dev.connectconformance.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * connect-conformance as a test dependency of someone else's Maven project (src/test/resources/consumer-project):
 * the suite's dependencies are not inherited, and a JUnit 5 test using the extension passes. The freshly built
 * jar and pom go into a throw-away local repository, so ~/.m2 is only read: the consumer build reads everything
 * else from it as a file:// repository (offline, like the outer build, when that one is offline).
 */
class ConsumerProjectIT {

    private static final String GROUP_PATH = "dev/connectconformance/connect-conformance/";

    @TempDir
    static Path work;

    private static String version;
    private static int exitCode;
    private static String log;
    private static String dependencyTree;

    @BeforeAll
    static void buildTheConsumerProject() throws Exception {
        version = required("connect.conformance.version");
        Path repository = work.resolve("repository");
        install(repository);
        Path project = copyTemplate(work.resolve("consumer"));
        Path settings = writeSettings(work.resolve("settings.xml"));

        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "dependency:tree", "-DoutputFile=dependency-tree.txt", "test"));
        String offline = required("maven.offline");
        if (!offline.matches("offline=(true|false)")) {
            throw new IllegalStateException("maven.offline should be offline=true or offline=false, not " + offline);
        }
        if (offline.equals("offline=true")) {
            // offline Maven refuses every remote repository, file:// included, unless its protocol is allowed
            command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
        }
        System.out.println("consumer build: " + String.join(" ", command));
        Path logFile = work.resolve("build.log");
        Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        if (!maven.waitFor(20, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("the consumer build did not finish; its log:\n" + tail(logFile));
        }
        exitCode = maven.exitValue();
        log = Files.readString(logFile);
        Path tree = project.resolve("dependency-tree.txt");
        dependencyTree = Files.exists(tree) ? Files.readString(tree) : "";
    }

    @Test
    void theSuitesDependenciesAreNotInherited() {
        assertThat(dependencyTree).as("dependency tree; build log:\n%s", log)
                .contains("dev.connectconformance:connect-conformance:jar:" + version + ":test")
                .contains("software.amazon.awssdk:connect:jar")
                .contains("org.wiremock:wiremock-standalone:jar")
                .doesNotContain("io.cucumber")
                .doesNotContain("org.assertj")
                .doesNotContain("picocontainer");
    }

    @Test
    void aJUnitTestUsingTheExtensionPasses() {
        assertThat(exitCode).as("consumer build exit code; its log:\n%s", log).isZero();
        assertThat(log).contains("Running example.ClaimPhoneNumberTest")
                .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    }

    /**
     * The AWS SDK logs through SLF4J 1.7 and connect-conformance leaves the binding to its users: with the one
     * docs/java-users.md suggests, a test run prints no SLF4J warning (should the SDK move to SLF4J 2, this fails
     * and the docs need another binding).
     */
    @Test
    void theTestRunIsQuietWithTheLoggingChoiceTheDocsSuggest() {
        assertThat(dependencyTree).contains("org.slf4j:slf4j-nop:jar:1.7.36:test");
        assertThat(log.lines().filter(line -> line.startsWith("SLF4J"))).as("SLF4J's warnings; the log:\n%s", log)
                .isEmpty();
    }

    /** What {@code mvn install} would put into a local repository: the library jar and its pom. */
    private static void install(Path repository) throws IOException {
        Path target = Files.createDirectories(repository.resolve(GROUP_PATH + version));
        String baseName = "connect-conformance-" + version;
        Files.copy(Path.of(required("connect.conformance.jar")), target.resolve(baseName + ".jar"));
        Files.copy(Path.of(required("connect.conformance.pom")), target.resolve(baseName + ".pom"));
    }

    private static Path copyTemplate(Path destination) throws IOException, URISyntaxException {
        Path template = Paths.get(ConsumerProjectIT.class.getResource("/consumer-project").toURI());
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : files.toList()) {
                Path copy = destination.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.writeString(copy, Files.readString(source).replace("@VERSION@", version));
                }
            }
        }
        return destination;
    }

    /** ~/.m2 as a read-only file:// repository, ahead of Maven Central (which only an online build reaches). */
    private static Path writeSettings(Path file) throws IOException {
        String cache = Path.of(System.getProperty("maven.local.repository",
                System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
        String repository = """
                <id>local-cache</id><url>%s</url>
                <releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>"""
                .formatted(cache);
        Files.writeString(file, """
                <settings>
                  <profiles>
                    <profile>
                      <id>local-cache</id>
                      <repositories><repository>%s</repository></repositories>
                      <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>local-cache</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository), StandardCharsets.UTF_8);
        return file;
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        Path mvn = home == null ? null : Path.of(home, "bin", "mvn");
        return mvn != null && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set; run this test through failsafe (mvn verify)");
        }
        return value;
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
