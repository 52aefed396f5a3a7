package dev.connectconformance.simulator;

import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.PlainCommandLine;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.security.SigningCredentials;
import dev.connectconformance.simulator.statefile.StateFileException;
import dev.connectconformance.simulator.time.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar connect-simulator.jar}: the simulator as a process, for the AWS CLI and any SDK. It ends with
 * exit code 0 on SIGTERM or Ctrl-C (after answering the requests in flight, for up to 10 s) and on
 * {@code POST /__admin/shutdown}; a bad option or a busy port is one line on standard error and exit code 2.
 */
@Command(name = "connect-simulator", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "An Amazon Connect phone-number and traffic-distribution-group simulator on WireMock.")
public final class StandaloneSimulator implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}); beyond loopback the admin API needs a token.")
    String bind;

    @Option(names = "--settle-delay", defaultValue = "1s", converter = DurationConverter.class,
            description = "How long asynchronous work takes on the simulator clock: 0, 500ms, 2s, PT2S (default: ${DEFAULT-VALUE}).")
    Duration settleDelay;

    @Option(names = "--phone-number-quota", defaultValue = "5",
            description = "Claimed phone numbers per instance or traffic distribution group (default: ${DEFAULT-VALUE}).")
    int phoneNumberQuota;

    @Option(names = "--default-account", defaultValue = SimulatorSettings.DEFAULT_ACCOUNT,
            description = "Account for access keys that are not 12 digits (default: ${DEFAULT-VALUE}).")
    String defaultAccount;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Token admin requests must send as 'Authorization: Bearer TOKEN' (default: none on "
                    + "loopback; beyond it, one is generated and printed).")
    String adminToken;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "A web origin (e.g. http://localhost:3000) whose pages may call the API; repeatable "
                    + "(default: requests from web pages are refused).")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Verify SigV4 signatures and request times against the keys in FILE, one "
                    + "'ACCESS_KEY_ID SECRET ACCOUNT' a line (default: any signature is trusted).")
    Path credentials;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Start with the state in FILE: an admin export, a state file or a snapshot of an account "
                    + "(docs/state-format.md) (default: an empty world).")
    Path initialState;

    @Option(names = "--state-file", paramLabel = "FILE",
            description = "Keep the state in FILE: loaded at start when it exists (then it wins over --state), "
                    + "written atomically at most once a second after changes and on shutdown.")
    Path stateFile;

    @Option(names = "--throttle", paramLabel = "MODE", defaultValue = "off", converter = ThrottleConverter.class,
            description = "off: answer as fast as possible; aws: throttle per account, region and operation as AWS "
                    + "documents (2 requests a second, burst 5, for most operations), answering 429 "
                    + "ThrottlingException (default: ${DEFAULT-VALUE}).")
    ThrottleMode throttle;

    @Option(names = "--propagation-delay", paramLabel = "DURATION", defaultValue = "0",
            converter = DurationConverter.class,
            description = "For this long on the simulator clock after a create or a change, reads in every region "
                    + "still see the state before it, as AWS's eventual consistency may; at most 1h "
                    + "(default: ${DEFAULT-VALUE}, at once).")
    Duration propagationDelay;

    static final class ThrottleConverter implements CommandLine.ITypeConverter<ThrottleMode> {
        @Override
        public ThrottleMode convert(String value) {
            try {
                return ThrottleMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                // picocli prints a TypeConversionException's message alone, without the exception's name
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        System.exit(PlainCommandLine.of(new StandaloneSimulator()).execute(args));
    }

    private SimulatorSettings settings() {
        if (port < 0 || port > 65535) {
            throw new UsageError("--port must be between 0 and 65535, not " + port);
        }
        try {
            SimulatorSettings settings = SimulatorSettings.defaults().withPort(port).withBindAddress(bind)
                    .withSettleDelay(settleDelay).withPhoneNumberQuota(phoneNumberQuota)
                    .withDefaultAccountId(defaultAccount).withAdminToken(adminToken)
                    .withAllowedOrigins(allowedOrigins).withInitialState(initialState).withStateFile(stateFile)
                    .withThrottleMode(throttle).withPropagationDelay(propagationDelay);
            return credentials == null ? settings : settings.withCredentials(SigningCredentials.read(credentials));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private ConnectSimulator startOrExplain(SimulatorSettings settings) {
        try {
            return ConnectSimulator.start(settings);
        } catch (StateFileException e) {
            throw new UsageError(e.getMessage());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.BindException || cause instanceof java.net.UnknownHostException) {
                    throw new UsageError("cannot listen on " + bind + ":" + port + ": " + cause.getMessage());
                }
            }
            throw e;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        SimulatorSettings settings = settings();
        ConnectSimulator simulator = startOrExplain(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndExit(simulator), "connect-simulator-shutdown"));
        System.out.println("connect-simulator listening on " + simulator.endpoint()
                + " (settle delay " + settleDelay + ", phone number quota " + phoneNumberQuota
                + (settings.credentials() == null ? "" : ", verifying signatures of "
                        + settings.credentials().size() + " access key(s)")
                + (stateFile == null ? "" : ", state file " + stateFile)
                + (throttle == ThrottleMode.OFF ? "" : ", throttling as AWS does")
                + (propagationDelay.isZero() ? "" : ", propagation delay " + propagationDelay) + ")");
        if (settings.adminToken() == null && simulator.adminToken().isPresent()) {
            System.out.println("admin token (bound beyond loopback; send 'Authorization: Bearer TOKEN'): "
                    + simulator.adminToken().get());
        }
        System.out.flush();
        // Until POST /__admin/shutdown stops the server (then main exits) or a signal runs the hook.
        while (simulator.isRunning()) {
            Thread.sleep(200);
        }
        return 0;
    }

    /**
     * The shutdown hook: a graceful stop, then exit code 0. The JVM would end a SIGTERM with 143, but a
     * requested, clean stop is a success for whoever supervises the process.
     */
    private static void stopAndExit(ConnectSimulator simulator) {
        try {
            simulator.close();
            System.out.println("connect-simulator stopped");
            System.out.flush();
        } finally {
            Runtime.getRuntime().halt(0);
        }
    }
}
