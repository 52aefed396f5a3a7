package dev.connectconformance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same comparison driven by wrk, a load generator much faster than the benchmark's Java client, so the
 * servers rather than the client set the pace. Runs only when {@code wrk} is on the PATH (it is not part of the
 * project's build): 2 threads and 8 connections, simulator and stub in alternating slices after a warm-up under wrk
 * itself, loopback only.
 */
final class WrkComparison {

    /** One request kind: its method, path and body (null: none), the same for both servers. */
    record Request(String name, String method, String path, String body) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final int SLICES = Integer.getInteger("benchmark.wrkSlices", 5);
    private static final int SLICE_SECONDS = 3;
    /**
     * Slices per server before measuring. Under wrk a server's rate keeps climbing for about 20 s from a cold JIT
     * (1,500 to 12,000 requests/s for a page of numbers on this machine), longer for the simulator, which has more
     * code to compile than the stub: a short warm-up measured the compiler more than the servers.
     */
    private static final int WARM_UP_SLICES = Integer.getInteger("benchmark.wrkWarmUpSlices", 8);

    private WrkComparison() {
    }

    static boolean available() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
            return true;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String table(URI simulator, URI stub, String authorization, List<Request> requests) throws Exception {
        StringBuilder table = new StringBuilder("Driven by wrk (2 threads, 8 connections), ").append(SLICES)
                .append(" slices of ").append(SLICE_SECONDS).append(" s per server alternating, after ")
                .append(WARM_UP_SLICES).append(" such slices per server of warm-up\n\n")
                .append("| operation | simulator req/s | stub req/s | simulator/stub | per slice pair |\n")
                .append("|---|---:|---:|---:|---|\n");
        for (Request request : requests) {
            Path script = script(request, authorization);
            try {
                for (int i = 0; i < WARM_UP_SLICES; i++) {
                    run(simulator, request, script, SLICE_SECONDS);
                    run(stub, request, script, SLICE_SECONDS);
                }
                List<Double> sim = new ArrayList<>();
                List<Double> floor = new ArrayList<>();
                StringJoiner pairs = new StringJoiner(" ");
                for (int i = 0; i < SLICES; i++) {
                    double s = run(simulator, request, script, SLICE_SECONDS);
                    double f = run(stub, request, script, SLICE_SECONDS);
                    sim.add(s);
                    floor.add(f);
                    pairs.add(String.format(Locale.ROOT, "%.2f", s / f));
                }
                double s = sim.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                double f = floor.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s |%n", request.name(), s, f,
                        s / f, pairs));
            } finally {
                Files.deleteIfExists(script);
            }
        }
        return table.toString();
    }

    /** Requests per second of one wrk run; fails on any non-2xx answer, which would make the rate meaningless. */
    private static double run(URI base, Request request, Path script, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + seconds + "s", "-s", script.toString(),
                base.resolve(request.path()).toString()).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher errors = NON_2XX.matcher(output);
        if (errors.find()) {
            throw new IllegalStateException(request.name() + " on " + base + ": " + errors.group(1)
                    + " answers were not 2xx");
        }
        Matcher rate = RATE.matcher(output);
        return Optional.of(rate).filter(Matcher::find).map(m -> Double.parseDouble(m.group(1)))
                .orElseThrow(() -> new IllegalStateException("wrk printed no rate: " + output));
    }

    private static Path script(Request request, String authorization) throws IOException {
        StringBuilder lua = new StringBuilder();
        lua.append("wrk.method = \"").append(request.method()).append("\"\n");
        lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
        lua.append("wrk.headers[\"Authorization\"] = \"").append(authorization).append("\"\n");
        if (request.body() != null) {
            lua.append("wrk.body = '").append(request.body()).append("'\n");
        }
        Path script = Files.createTempFile("wrk-", ".lua");
        Files.writeString(script, lua);
        return script;
    }
}
