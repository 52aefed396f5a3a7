package dev.connectconformance.simulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What target/connect-simulator.jar holds: the simulator, every class of it but the JUnit extension, the
 * command-line helpers and the service model; none of the suite, the tools, the reports or the command line, and
 * none of Cucumber, JUnit or AssertJ. And it runs on what it holds ({@code --version}; the other standalone ITs
 * start it and drive it).
 */
class ConnectSimulatorJarIT {

    private static final Path JAR = Path.of(System.getProperty("simulator.jar", "target/connect-simulator.jar"));
    private static final Path CLASSES = Path.of("target/classes");

    private static List<String> entries;

    @BeforeAll
    static void readTheJar() throws IOException {
        assertThat(JAR).as("built by the package phase").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(entry -> entry.getName()).filter(name -> !name.endsWith("/")).toList();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.connectconformance.simulator.StandaloneSimulator");
        }
    }

    @Test
    void itHoldsEveryClassOfTheSimulatorButTheJUnitExtension() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/connectconformance/simulator"))) {
            List<String> simulatorClasses = files.filter(Files::isRegularFile)
                    .map(file -> CLASSES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("dev/connectconformance/simulator/junit/"))
                    .toList();
            assertThat(simulatorClasses).isNotEmpty();
            assertThat(entries).containsAll(simulatorClasses);
        }
        assertThat(entries).contains("dev/connectconformance/commandline/PlainCommandLine.class",
                "connect-model/connect-2017-08-08.service-2.json.gz");
    }

    @Test
    void ofThisProjectItHoldsOnlyTheSimulatorTheCommandLineHelpersAndTheServiceModel() {
        assertThat(entries.stream().filter(name -> name.startsWith("dev/connectconformance/")))
                .allMatch(name -> name.startsWith("dev/connectconformance/simulator/")
                        || name.startsWith("dev/connectconformance/commandline/"))
                .noneMatch(name -> name.startsWith("dev/connectconformance/simulator/junit/"));
        assertThat(entries).noneMatch(name -> name.startsWith("features/") || name.startsWith("readiness/")
                || name.startsWith("conformance/"));
    }

    @Test
    void itHoldsNoneOfTheSuitesLibraries() {
        assertThat(entries).noneMatch(name -> name.startsWith("io/cucumber/") || name.startsWith("org/junit/")
                || name.startsWith("org/assertj/") || name.startsWith("org/picocontainer/")
                || name.startsWith("org/opentest4j/") || name.startsWith("net/bytebuddy/"));
    }

    @Test
    void itRunsOnWhatItHolds() throws Exception {
        Process version = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).as("--version ended").isTrue();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(version.exitValue()).as(output).isZero();
        assertThat(output).startsWith("connect-simulator ");
    }
}
