package dev.connectconformance.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/connect-conformance.jar readiness ...} in a folder, with only the AWS_* variables given. */
public final class ReadinessJar {

    private static final Path JAR = Path.of(System.getProperty("conformance.jar", "target/connect-conformance.jar"));

    /** What a run printed; {@code folder} is its working directory. */
    public record Run(int exitCode, String out, String err, Path folder) {

        public String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        public Path readinessFolder() {
            return folder.resolve("reports").resolve("readiness");
        }
    }

    private ReadinessJar() {
    }

    public static Run run(Path folder, Map<String, String> awsEnvironment, String... args)
            throws IOException, InterruptedException {
        assertThat(JAR).as("built by the package phase").isRegularFile();
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString(), "readiness"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        builder.environment().putAll(awsEnvironment);
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("readiness finished").isTrue();
        return new Run(process.exitValue(), out, err.join(), folder);
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
