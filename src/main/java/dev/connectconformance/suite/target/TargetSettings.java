package dev.connectconformance.suite.target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * How a suite run is configured, from system properties (and, for a real account, its resources file):
 * which target, the label its reports go under, the two regions, and whether scenarios may change things.
 */
public record TargetSettings(String target, String label, String sourceRegion, String replicaRegion,
                             boolean allowChanges, Optional<String> awsProfile, Path awsResourcesFile,
                             Path reportsDirectory) {

    public static final String SIMULATOR = "simulator";
    public static final String AWS = "aws";

    public static TargetSettings fromSystemProperties() {
        String target = System.getProperty("conformance.target", SIMULATOR).trim();
        if (!target.equals(SIMULATOR) && !target.equals(AWS)) {
            throw new IllegalArgumentException("conformance.target must be simulator or aws, not " + target);
        }
        Optional<String> profile = nonBlank(System.getProperty("conformance.aws.profile"))
                .or(() -> nonBlank(System.getenv("AWS_PROFILE")));
        Path resourcesFile = Path.of(System.getProperty("conformance.aws.config", "conformance-aws.properties"));
        Properties resources = target.equals(AWS) ? load(resourcesFile) : new Properties();
        String source = System.getProperty("conformance.sourceRegion",
                resources.getProperty("source.region", "us-east-1")).trim();
        String replica = System.getProperty("conformance.replicaRegion",
                resources.getProperty("replica.region", "us-west-2")).trim();
        String label = nonBlank(System.getProperty("conformance.label"))
                .orElse(target.equals(AWS) ? "aws-" + profile.orElse("default") : SIMULATOR);
        if (!label.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("conformance.label may use letters, digits, '.', '_' and '-' only");
        }
        return new TargetSettings(target, label, source, replica,
                Boolean.parseBoolean(System.getProperty("conformance.allowChanges", "false")), profile,
                resourcesFile, Path.of(System.getProperty("conformance.reports.dir", "reports")));
    }

    public boolean isAws() {
        return target.equals(AWS);
    }

    public Path runDirectory() {
        return reportsDirectory.resolve("runs").resolve(label);
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the aws target needs a resources file: " + file.toAbsolutePath()
                    + " (copy conformance-aws.example.properties, or point -Dconformance.aws.config at yours)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
