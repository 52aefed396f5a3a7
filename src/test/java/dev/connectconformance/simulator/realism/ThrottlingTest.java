package dev.connectconformance.simulator.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.client.Realism;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ThrottlingException;

/**
 * QT-02 through the AWS SDK: with {@code throttle aws} a tight loop is throttled after the burst of 5, the SDK's
 * standard retries absorb a short burst when their backoff covers a refill, and moving the simulator clock refills
 * the buckets. The simulator clock stands still unless a test moves it, so the counts are exact however fast or
 * slow the machine is.
 */
class ThrottlingTest extends SimulatorTestBase {

    private SimulatorAdminClient admin;

    @BeforeEach
    void throttleAsAws() {
        admin = new SimulatorAdminClient(simulator.endpoint());
        assertThat(admin.setThrottle(ThrottleMode.AWS).throttle()).isEqualTo(ThrottleMode.AWS);
    }

    @AfterEach
    void throttleOff() {
        admin.setThrottle(ThrottleMode.OFF);
    }

    private ConnectClient withoutRetries() {
        return client(AwsRetryStrategy.doNotRetry());
    }

    private ConnectClient client(RetryStrategy retries) {
        return ConnectClient.builder().endpointOverride(simulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .overrideConfiguration(c -> c.retryStrategy(retries)).build();
    }

    /** Calls ListInstances until one is throttled (at most 50 calls); returns how many succeeded before. */
    private int successesBeforeThrottling(ConnectClient client) {
        for (int calls = 0; calls < 50; calls++) {
            try {
                client.listInstances(b -> { });
            } catch (ThrottlingException throttled) {
                assertThat(throttled.statusCode()).isEqualTo(429);
                assertThat(throttled.getMessage()).contains("Rate exceeded");
                return calls;
            }
        }
        throw new AssertionError("50 calls in a tight loop were not throttled");
    }

    @Test
    void aTightLoopIsThrottledAfterTheBurst() {
        try (ConnectClient client = withoutRetries()) {
            assertThat(successesBeforeThrottling(client)).isEqualTo(5);
            assertThatThrownBy(() -> client.listInstances(b -> { })).isInstanceOf(ThrottlingException.class)
                    .hasMessageContaining("Rate exceeded");
        }
    }

    @Test
    void movingTheSimulatorClockRefillsTheBucket() {
        try (ConnectClient client = withoutRetries()) {
            successesBeforeThrottling(client);
            simulator.advanceClock(Duration.ofSeconds(10));
            for (int i = 0; i < 5; i++) {
                client.listInstances(b -> { });
            }
        }
    }

    @Test
    void theSdksStandardRetriesAbsorbAShortBurstWhenTheirBackoffCoversARefill() {
        // The SDK's standard strategy (3 attempts; it retries a ThrottlingException) with its backoff taken on the
        // simulator clock: half a second, one token at 2 per second. Its own backoff is a random part of an
        // exponential one, so whether a real retry lands after a refill is chance (docs/simulator-realism.md).
        AtomicInteger retries = new AtomicInteger();
        BackoffStrategy halfASecondOnTheSimulatorClock = attempt -> {
            retries.incrementAndGet();
            simulator.advanceClock(Duration.ofMillis(500));
            return Duration.ZERO;
        };
        try (ConnectClient client = client(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .backoffStrategy(halfASecondOnTheSimulatorClock)
                .throttlingBackoffStrategy(halfASecondOnTheSimulatorClock).build())) {
            for (int i = 0; i < 8; i++) {
                assertThat(client.listInstances(b -> { }).sdkHttpResponse().isSuccessful()).isTrue();
            }
        }
        assertThat(retries).as("retries: one for each of the 3 calls over the burst of 5").hasValue(3);
    }

    @Test
    void otherOperationsAndRegionsAreNotThrottledByOnesBucket() {
        try (ConnectClient client = withoutRetries()) {
            successesBeforeThrottling(client);
            west.listInstances(b -> { });
            east.listTrafficDistributionGroups(b -> b.maxResults(10));
        }
    }

    @Test
    void theAdminRouteRefusesBadInputAndChangesNothing() throws Exception {
        admin.setPropagationDelay(Duration.ofSeconds(3));
        try {
            assertThat(postRealism("{\"throttle\":\"fast\",\"propagationDelay\":\"1s\"}"))
                    .startsWith("400 InvalidRequestException").contains("\"Message\":\"throttle mode must be 'off' or 'aws'");
            assertThat(postRealism("{\"throttle\":\"off\",\"propagationDelay\":\"2h\"}"))
                    .startsWith("400").contains("at most");
            assertThat(postRealism("{}")).startsWith("400").contains("'throttle'");
            assertThat(postRealism("{not json")).startsWith("400 InvalidRequestException").contains("not valid JSON");
            assertThat(admin.realism()).isEqualTo(new Realism(ThrottleMode.AWS, Duration.ofSeconds(3)));
        } finally {
            admin.setPropagationDelay(Duration.ZERO);
        }
    }

    @Test
    void resetGoesBackToTheConfiguredRealism() {
        simulator.reset();
        assertThat(admin.realism()).isEqualTo(new Realism(ThrottleMode.OFF, Duration.ZERO));
    }

    @Test
    void settingsForJavaUsersStartWithTheRealismAndResetKeepsIt() {
        try (ConnectSimulator configured = ConnectSimulator.start(SimulatorSettings.defaults()
                .withThrottleMode(ThrottleMode.AWS).withPropagationDelay(Duration.ofSeconds(2)))) {
            SimulatorAdminClient itsAdmin = new SimulatorAdminClient(configured.endpoint());
            assertThat(itsAdmin.realism()).isEqualTo(new Realism(ThrottleMode.AWS, Duration.ofSeconds(2)));
            itsAdmin.setThrottle(ThrottleMode.OFF);
            itsAdmin.reset();
            assertThat(itsAdmin.realism()).isEqualTo(new Realism(ThrottleMode.AWS, Duration.ofSeconds(2)));
        }
    }

    private String postRealism(String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(simulator.endpoint().resolve("/__admin/connect/realism"))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.headers().firstValue("x-amzn-ErrorType").orElse("-") + " "
                + answer.body();
    }
}
