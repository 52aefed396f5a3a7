package dev.connectconformance.simulator.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar target/connect-simulator.jar} as a child process: started, its URL read, stopped by SIGTERM. */
public final class StandaloneSimulatorProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final URI endpoint;
    private final List<String> output = new ArrayList<>();
    private final Thread drainer;

    private StandaloneSimulatorProcess(Process process, URI endpoint, BufferedReader reader) {
        this.process = process;
        this.endpoint = endpoint;
        // A thread of its own: a shared pool may be busy exactly when the process prints its last lines.
        this.drainer = new Thread(() -> reader.lines().forEach(this::remember), "simulator-output");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    private synchronized void remember(String line) {
        output.add(line);
    }

    public static StandaloneSimulatorProcess start(String... options) throws IOException {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/connect-simulator.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first (mvn verify does)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return new StandaloneSimulatorProcess(process, URI.create(ready.group(1)), reader);
            }
        }
        throw new IllegalStateException("the simulator exited before it was ready:\n" + seen);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Sends SIGTERM and waits for a clean exit; returns the exit code. */
    public int stop() throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of its output before we read the rest.
        process.toHandle().destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the simulator did not stop within 20 s of SIGTERM");
        }
        drainer.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /** Sends SIGTERM without waiting for the process to end (see {@link #awaitExit}). */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Kills the process (SIGKILL, kill -9): no shutdown hook runs; waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
        drainer.join(TimeUnit.SECONDS.toMillis(5));
    }

    /** Waits for the process to end; returns its exit code. */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the simulator was still running " + seconds + " s later");
        }
        drainer.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    public synchronized List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
