package dev.connectconformance.simulator;

import dev.connectconformance.simulator.config.AccountDefaults;
import dev.connectconformance.simulator.config.EdgeSettings;
import dev.connectconformance.simulator.config.Limits;
import dev.connectconformance.simulator.config.SimulationSettings;
import dev.connectconformance.simulator.config.Timing;
import dev.connectconformance.simulator.realism.PropagationDelay;
import dev.connectconformance.simulator.realism.RealismSettings;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.security.AdminToken;
import dev.connectconformance.simulator.security.BrowserOrigins;
import dev.connectconformance.simulator.security.HostNames;
import dev.connectconformance.simulator.security.SigningCredentials;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a simulator behaves: where it listens, how long asynchronous work takes on its clock, the default
 * phone-number quota, which account a non-numeric access key acts as, its protective limits, and its edge: the
 * admin token, the web origins allowed to call the API, and the access keys whose signatures it verifies (none:
 * any secret works). (The 180-day release cooldown and churn window are AWS's documented values and not
 * configurable.) Start from {@link #defaults()} and change a setting with its {@code withXxx}, or several with
 * {@link #toBuilder()} / {@link #builder()}; every change is validated with the messages below. The parts of the
 * simulator take the groups {@link #simulation()} and {@link #realism()} make, not this record.
 *
 * @param adminToken     the token admin requests must carry, or null: none on loopback, a generated one beyond
 * @param allowedOrigins web origins (a web app under test) that may call the API from a browser
 * @param credentials    the keys to verify SigV4 signatures with, or null to accept any signature
 * @param initialState   a state file (docs/state-format.md) to start with, or null for an empty world
 * @param stateFile      a state file to load at start when it exists and to keep up to date, or null
 * @param throttleMode   whether API calls are throttled as AWS documents (docs/simulator-realism.md)
 * @param propagationDelay how long after a write reads still see the state before it (zero: at once)
 * @param clock          what the simulator clock runs on: the wall clock, or a fixed one that only moves when a test
 *                       advances it (so timing never decides an outcome)
 */
public record SimulatorSettings(int port, String bindAddress, Duration settleDelay, int phoneNumberQuota,
                                String defaultAccountId, int maxRequestBodyBytes,
                                int idempotencyTokensPerAccount, int maxAccounts, String adminToken,
                                List<String> allowedOrigins, SigningCredentials credentials, Path initialState,
                                Path stateFile, ThrottleMode throttleMode, Duration propagationDelay,
                                Clock clock) {

    public static final String DEFAULT_ACCOUNT = "123456789012";

    public SimulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (settleDelay.isNegative() || settleDelay.compareTo(Duration.ofDays(36_525)) > 0) {
            throw new IllegalArgumentException("settle delay must be between 0 and 100 years, not " + settleDelay);
        }
        if (phoneNumberQuota < 0) {
            throw new IllegalArgumentException("phone number quota must not be negative");
        }
        if (!defaultAccountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("default account must be 12 digits, not " + defaultAccountId);
        }
        if (idempotencyTokensPerAccount < 1 || maxAccounts < 1) {
            throw new IllegalArgumentException("the ClientToken and account limits must be at least 1");
        }
        if (adminToken != null) {
            AdminToken.validated(adminToken);
        }
        if (throttleMode == null) {
            throw new IllegalArgumentException("throttle mode must be 'off' or 'aws'");
        }
        if (propagationDelay.isNegative() || propagationDelay.compareTo(PropagationDelay.MAX) > 0) {
            throw new IllegalArgumentException("the propagation delay must be between 0 and 1h, not "
                    + propagationDelay);
        }
        if (clock == null) {
            throw new IllegalArgumentException("the simulator needs a clock to run on");
        }
        allowedOrigins = allowedOrigins.stream().map(BrowserOrigins::normalised).distinct().toList();
    }

    /**
     * Any free port on loopback, 1 s settle delay, quota 5, 1 MiB bodies, 10,000 ClientTokens and 10,000 accounts,
     * no admin token, no web origins, no throttling, no propagation delay.
     */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(0, "127.0.0.1", Duration.ofSeconds(1), 5, DEFAULT_ACCOUNT,
                1024 * 1024, 10_000, 10_000, null, List.of(), null, null, null, ThrottleMode.OFF, Duration.ZERO, Clock.systemUTC());
    }

    /** Whether the bind address reaches beyond this machine, so the admin API needs a token. */
    public boolean bindsBeyondLoopback() {
        return !HostNames.isLoopbackBind(bindAddress);
    }

    public Optional<String> adminTokenIfAny() {
        return Optional.ofNullable(adminToken);
    }

    public Optional<SigningCredentials> verifiedCredentials() {
        return Optional.ofNullable(credentials);
    }

    /** A builder holding these settings, to change several at once; {@link Builder#build()} validates them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    public SimulatorSettings withPort(int value) {
        return toBuilder().port(value).build();
    }

    public SimulatorSettings withBindAddress(String value) {
        return toBuilder().bindAddress(value).build();
    }

    public SimulatorSettings withSettleDelay(Duration value) {
        return toBuilder().settleDelay(value).build();
    }

    public SimulatorSettings withPhoneNumberQuota(int value) {
        return toBuilder().phoneNumberQuota(value).build();
    }

    public SimulatorSettings withDefaultAccountId(String value) {
        return toBuilder().defaultAccountId(value).build();
    }

    /** How many ClientTokens an account may have within their retention window (8 hours on the simulator clock). */
    public SimulatorSettings withIdempotencyTokensPerAccount(int value) {
        return toBuilder().idempotencyTokensPerAccount(value).build();
    }

    /** How many accounts the simulator holds at once; a request from one more is refused. */
    public SimulatorSettings withMaxAccounts(int value) {
        return toBuilder().maxAccounts(value).build();
    }

    /** The token admin requests must carry (Authorization: Bearer ...); null for none. */
    public SimulatorSettings withAdminToken(String value) {
        return toBuilder().adminToken(value).build();
    }

    /** Web origins (e.g. http://localhost:3000) whose pages may call the API, with CORS. */
    public SimulatorSettings withAllowedOrigins(List<String> value) {
        return toBuilder().allowedOrigins(value).build();
    }

    /** Verify SigV4 signatures and request times against these keys; null to trust any signature. */
    public SimulatorSettings withCredentials(SigningCredentials value) {
        return toBuilder().credentials(value).build();
    }

    /**
     * Start with the state in this file (an admin export, a state file or a snapshot of an account); null for an
     * empty world. A file that is missing or does not validate stops the start with a message naming the problem.
     */
    public SimulatorSettings withInitialState(Path value) {
        return toBuilder().initialState(value).build();
    }

    /**
     * Keep the state in this file: loaded at start when it exists (it then wins over {@link #withInitialState}),
     * written atomically at most once a second after changes and when the simulator stops; null for none.
     */
    public SimulatorSettings withStateFile(Path value) {
        return toBuilder().stateFile(value).build();
    }

    /** Throttle API calls per account, region and operation as AWS documents ({@code AWS}), or not ({@code OFF}). */
    public SimulatorSettings withThrottleMode(ThrottleMode value) {
        return toBuilder().throttleMode(value).build();
    }

    /**
     * For this long on the simulator clock after a create or a change, reads (Describe*, List*, Get*, Search*)
     * still see the state before it, in every region; zero (the default) for at once. At most 1 hour.
     */
    public SimulatorSettings withPropagationDelay(Duration value) {
        return toBuilder().propagationDelay(value).build();
    }

    /**
     * The clock the simulator's time runs on ({@link Clock#systemUTC()} by default). A fixed clock
     * ({@code Clock.fixed(...)}) makes simulated time stand still except when a test advances it: settle delays,
     * throttle refills and the propagation delay then pass only when the test says so.
     */
    public SimulatorSettings withClock(Clock value) {
        return toBuilder().clock(value).build();
    }

    /** The settings the simulated service's parts take, grouped by subject (see the {@code config} package). */
    public SimulationSettings simulation() {
        return new SimulationSettings(new AccountDefaults(defaultAccountId, phoneNumberQuota),
                new Limits(maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts),
                new Timing(settleDelay, clock), new EdgeSettings(bindAddress, adminToken, allowedOrigins, credentials));
    }

    /** Throttling and the propagation delay the simulator starts with (and a reset returns to). */
    public RealismSettings realism() {
        return new RealismSettings(throttleMode, propagationDelay);
    }

    public Optional<Path> initialStateIfAny() {
        return Optional.ofNullable(initialState);
    }

    public Optional<Path> stateFileIfAny() {
        return Optional.ofNullable(stateFile);
    }

    /**
     * Settings to change several at once, the one place besides the record itself that lists every setting:
     * {@code SimulatorSettings.builder().settleDelay(Duration.ofSeconds(5)).phoneNumberQuota(10).build()}. Nothing
     * is checked until {@link #build()}, which validates the whole with the record's messages.
     */
    public static final class Builder {

        private int port;
        private String bindAddress;
        private Duration settleDelay;
        private int phoneNumberQuota;
        private String defaultAccountId;
        private int maxRequestBodyBytes;
        private int idempotencyTokensPerAccount;
        private int maxAccounts;
        private String adminToken;
        private List<String> allowedOrigins;
        private SigningCredentials credentials;
        private Path initialState;
        private Path stateFile;
        private ThrottleMode throttleMode;
        private Duration propagationDelay;
        private Clock clock;

        private Builder(SimulatorSettings from) {
            port = from.port;
            bindAddress = from.bindAddress;
            settleDelay = from.settleDelay;
            phoneNumberQuota = from.phoneNumberQuota;
            defaultAccountId = from.defaultAccountId;
            maxRequestBodyBytes = from.maxRequestBodyBytes;
            idempotencyTokensPerAccount = from.idempotencyTokensPerAccount;
            maxAccounts = from.maxAccounts;
            adminToken = from.adminToken;
            allowedOrigins = from.allowedOrigins;
            credentials = from.credentials;
            initialState = from.initialState;
            stateFile = from.stateFile;
            throttleMode = from.throttleMode;
            propagationDelay = from.propagationDelay;
            clock = from.clock;
        }

        public SimulatorSettings build() {
            return new SimulatorSettings(port, bindAddress, settleDelay, phoneNumberQuota, defaultAccountId,
                    maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts, adminToken, allowedOrigins,
                    credentials, initialState, stateFile, throttleMode, propagationDelay, clock);
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        public Builder settleDelay(Duration value) {
            settleDelay = value;
            return this;
        }

        public Builder phoneNumberQuota(int value) {
            phoneNumberQuota = value;
            return this;
        }

        public Builder defaultAccountId(String value) {
            defaultAccountId = value;
            return this;
        }

        public Builder maxRequestBodyBytes(int value) {
            maxRequestBodyBytes = value;
            return this;
        }

        public Builder idempotencyTokensPerAccount(int value) {
            idempotencyTokensPerAccount = value;
            return this;
        }

        public Builder maxAccounts(int value) {
            maxAccounts = value;
            return this;
        }

        public Builder adminToken(String value) {
            adminToken = value;
            return this;
        }

        public Builder allowedOrigins(List<String> value) {
            allowedOrigins = List.copyOf(value);
            return this;
        }

        public Builder credentials(SigningCredentials value) {
            credentials = value;
            return this;
        }

        public Builder initialState(Path value) {
            initialState = value;
            return this;
        }

        public Builder stateFile(Path value) {
            stateFile = value;
            return this;
        }

        public Builder throttleMode(ThrottleMode value) {
            throttleMode = value;
            return this;
        }

        public Builder propagationDelay(Duration value) {
            propagationDelay = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }
    }
}
