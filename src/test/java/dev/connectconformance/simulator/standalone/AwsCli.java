package dev.connectconformance.simulator.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The installed AWS CLI, pointed at a simulator with --endpoint-url and isolated from the user's own AWS files:
 * a client that shares no code with the Java SDK.
 */
public final class AwsCli {

    /** One CLI run: exit code, standard output (JSON on success) and standard error (the error on failure). */
    public record Result(int exitCode, String stdout, String stderr) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(stdout.isBlank() ? "{}" : stdout);
            } catch (IOException e) {
                throw new IllegalStateException("the CLI did not print JSON: " + stdout, e);
            }
        }
    }

    private final URI endpoint;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final Path home;

    public AwsCli(URI endpoint, String accessKeyId) throws IOException {
        this(endpoint, accessKeyId, "simulator-ignores-this");
    }

    /** For a simulator that verifies signatures: the secret matters. */
    public AwsCli(URI endpoint, String accessKeyId, String secretAccessKey) throws IOException {
        this.endpoint = endpoint;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.home = Files.createTempDirectory("aws-cli-home");
    }

    public static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "aws");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("the AWS CLI (aws) is not on PATH; .ci/run installs it (Debian package awscli)");
    }

    public Result run(String region, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "--endpoint-url", endpoint.toString(),
                "--region", region, "--output", "json"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", accessKeyId);
        env.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        Path out = home.resolve("stdout");
        Path err = home.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("aws " + String.join(" ", arguments) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
