package dev.connectconformance.migration;

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

/** {@code java -jar target/connect-conformance.jar <command> ...} in a folder, with only the AWS_* variables given. */
final class ConformanceJar {

    private static final Path JAR = Path.of(System.getProperty("conformance.jar", "target/connect-conformance.jar"));

    record Run(int exitCode, String out, String err, Path folder) {

        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private ConformanceJar() {
    }

    static Run run(Path folder, Map<String, String> awsEnvironment, String command, String... args)
            throws IOException, InterruptedException {
        assertThat(JAR).as("built by the package phase").isRegularFile();
        Files.createDirectories(folder);
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString(), command));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        builder.environment().putAll(awsEnvironment);
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(command + " finished").isTrue();
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
