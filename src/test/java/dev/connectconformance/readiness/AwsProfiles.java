package dev.connectconformance.readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AWS config and credentials file in a folder of a test's own, with named profiles (access key id and secret),
 * and the environment that makes the SDK (or the AWS CLI) use them and a simulator's endpoint.
 */
public final class AwsProfiles {

    private final Path config;
    private final Path credentials;

    private AwsProfiles(Path config, Path credentials) {
        this.config = config;
        this.credentials = credentials;
    }

    /** Writes the files; {@code profiles} maps a profile name to its access key id and secret. */
    public static AwsProfiles write(Path dir, String region, Map<String, List<String>> profiles) throws IOException {
        List<String> config = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        profiles.forEach((name, key) -> {
            config.addAll(List.of(name.equals("default") ? "[default]" : "[profile " + name + "]", "region = " + region, ""));
            credentials.addAll(List.of("[" + name + "]", "aws_access_key_id = " + key.get(0),
                    "aws_secret_access_key = " + key.get(1), ""));
        });
        Path configFile = Files.write(dir.resolve("config"), config);
        Path credentialsFile = Files.write(dir.resolve("credentials"), credentials);
        return new AwsProfiles(configFile, credentialsFile);
    }

    /** AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, the endpoints of Connect and Service Quotas, no IMDS. */
    public Map<String, String> environment(String connectEndpoint, String serviceQuotasEndpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        env.put("AWS_ENDPOINT_URL_CONNECT", connectEndpoint);
        env.put("AWS_ENDPOINT_URL_SERVICE_QUOTAS", serviceQuotasEndpoint);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }
}
