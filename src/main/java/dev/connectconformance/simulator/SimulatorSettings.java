package dev.connectconformance.simulator;

import java.time.Duration;

/**
 * How a simulator behaves: where it listens, how long asynchronous work takes on its clock, the default
 * phone-number quota, which account a non-numeric access key acts as, and its protective limits. (The
 * 180-day release cooldown and churn window are AWS's documented values and not configurable.)
 */
public record SimulatorSettings(int port, String bindAddress, Duration settleDelay, int phoneNumberQuota,
                                String defaultAccountId, int maxRequestBodyBytes,
                                int idempotencyTokensPerAccount, int maxAccounts) {

    public static final String DEFAULT_ACCOUNT = "123456789012";

    public SimulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (settleDelay.isNegative()) {
            throw new IllegalArgumentException("settle delay must not be negative");
        }
        if (phoneNumberQuota < 0) {
            throw new IllegalArgumentException("phone number quota must not be negative");
        }
        if (idempotencyTokensPerAccount < 1 || maxAccounts < 1) {
            throw new IllegalArgumentException("the ClientToken and account limits must be at least 1");
        }
        if (!defaultAccountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("default account must be 12 digits, not " + defaultAccountId);
        }
    }

    /** Any free port on loopback, 1 s settle delay, quota 5, 1 MiB bodies, 10,000 ClientTokens and 10,000 accounts. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(0, "127.0.0.1", Duration.ofSeconds(1), 5, DEFAULT_ACCOUNT,
                1024 * 1024, 10_000, 10_000);
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(value, bindAddress, settleDelay, phoneNumberQuota, defaultAccountId,
                maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts);
    }

    public SimulatorSettings withBindAddress(String value) {
        return new SimulatorSettings(port, value, settleDelay, phoneNumberQuota, defaultAccountId,
                maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts);
    }

    public SimulatorSettings withSettleDelay(Duration value) {
        return new SimulatorSettings(port, bindAddress, value, phoneNumberQuota, defaultAccountId,
                maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts);
    }

    public SimulatorSettings withPhoneNumberQuota(int value) {
        return new SimulatorSettings(port, bindAddress, settleDelay, value, defaultAccountId,
                maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts);
    }

    public SimulatorSettings withDefaultAccountId(String value) {
        return new SimulatorSettings(port, bindAddress, settleDelay, phoneNumberQuota, value,
                maxRequestBodyBytes, idempotencyTokensPerAccount, maxAccounts);
    }

    /** How many ClientTokens an account may have within their retention window (8 hours on the simulator clock). */
    public SimulatorSettings withIdempotencyTokensPerAccount(int value) {
        return new SimulatorSettings(port, bindAddress, settleDelay, phoneNumberQuota, defaultAccountId,
                maxRequestBodyBytes, value, maxAccounts);
    }

    /** How many accounts the simulator holds at once; a request from one more is refused. */
    public SimulatorSettings withMaxAccounts(int value) {
        return new SimulatorSettings(port, bindAddress, settleDelay, phoneNumberQuota, defaultAccountId,
                maxRequestBodyBytes, idempotencyTokensPerAccount, value);
    }
}
