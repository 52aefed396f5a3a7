package dev.connectconformance.simulator;

import dev.connectconformance.simulator.time.Durations;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar connect-simulator.jar}: the simulator as a process, for the AWS CLI and any SDK. */
@Command(name = "connect-simulator", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "An Amazon Connect phone-number and traffic-distribution-group simulator on WireMock.")
public final class StandaloneSimulator implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
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

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value);
        }
    }

    public static void main(String[] args) {
        int exit = PlainCommandLine.of(new StandaloneSimulator()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private SimulatorSettings settings() {
        if (port < 0 || port > 65535) {
            throw new UsageError("--port must be between 0 and 65535, not " + port);
        }
        try {
            return SimulatorSettings.defaults().withPort(port).withBindAddress(bind).withSettleDelay(settleDelay)
                    .withPhoneNumberQuota(phoneNumberQuota).withDefaultAccountId(defaultAccount);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private ConnectSimulator startOrExplain(SimulatorSettings settings) {
        try {
            return ConnectSimulator.start(settings);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.BindException) {
                    throw new UsageError("cannot listen on " + bind + ":" + port + ": " + cause.getMessage());
                }
            }
            throw e;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ConnectSimulator simulator = startOrExplain(settings());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            System.out.println("connect-simulator stopped");
            System.out.flush();
            stopped.countDown();
        }, "connect-simulator-shutdown"));
        System.out.println("connect-simulator listening on " + simulator.endpoint()
                + " (settle delay " + settleDelay + ", phone number quota " + phoneNumberQuota + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
