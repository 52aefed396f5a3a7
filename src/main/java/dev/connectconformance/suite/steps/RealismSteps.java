package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.Outcome;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * The simulator's opt-in realism (QT-02 throttling, EC-01 propagation delay), switched on for one scenario on the
 * worker's own simulator and off again after it. The worker's simulator runs on a clock that stands still, so
 * throttle buckets refill and delays run out only when a step moves the clock: every outcome here is exact. No
 * step sleeps: where a client backs off, its pause is taken on the simulator clock.
 */
public class RealismSteps {

    private static final int TIGHT_LOOP_LIMIT = 50;

    private final ScenarioContext context;
    private final List<Outcome> calls = new ArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private boolean throttling;
    private boolean delaying;

    public RealismSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the simulator throttles calls as AWS documents")
    public void theSimulatorThrottles() {
        context.simulatorAdmin().setThrottle(ThrottleMode.AWS);
        throttling = true;
    }

    @Given("the simulator lets changes reach reads only after {int} seconds")
    public void theSimulatorDelaysReads(int seconds) {
        context.simulatorAdmin().setPropagationDelay(Duration.ofSeconds(seconds));
        delaying = true;
    }

    @When("a client that does not retry lists the instances {int} times in a row")
    public void aClientWithoutRetriesLists(int times) {
        try (ConnectClient client = client(AwsRetryStrategy.doNotRetry())) {
            for (int i = 0; i < times; i++) {
                calls.add(list(client));
            }
        }
    }

    @Given("a client that does not retry has listed the instances until it was throttled")
    public void aClientWithoutRetriesListedUntilThrottled() {
        try (ConnectClient client = client(AwsRetryStrategy.doNotRetry())) {
            for (int i = 0; i < TIGHT_LOOP_LIMIT; i++) {
                if (list(client).failed()) {
                    return;
                }
            }
        }
        throw new AssertionError(TIGHT_LOOP_LIMIT + " calls in a row were not throttled");
    }

    /** Moves the simulator clock: a throttle bucket refills by as much as the steady rate gives in that time. */
    @When("{int} milliseconds pass")
    public void millisecondsPass(int millis) {
        context.target().letTimePass(Duration.ofMillis(millis));
    }

    /**
     * The SDK's standard retry strategy (it retries a ThrottlingException), with a fixed backoff instead of its
     * random one, and the backoff taken on the simulator clock: the strategy moves the clock by the pause and
     * lets the SDK go on at once. A real SDK on a real clock waits a random part of an exponential backoff.
     */
    @When("a client that retries a throttled call up to {int} times, waiting {int} milliseconds before each retry, lists the instances {int} times in a row")
    public void aRetryingClientLists(int maxRetries, int pauseMillis, int times) {
        BackoffStrategy pauseOnSimulatorClock = attempt -> {
            retries.incrementAndGet();
            context.target().letTimePass(Duration.ofMillis(pauseMillis));
            return Duration.ZERO;
        };
        RetryStrategy strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxRetries + 1)
                .backoffStrategy(pauseOnSimulatorClock)
                .throttlingBackoffStrategy(pauseOnSimulatorClock)
                .build();
        try (ConnectClient client = client(strategy)) {
            for (int i = 0; i < times; i++) {
                calls.add(list(client));
            }
        }
    }

    @Then("the first {int} calls succeed and the last one is throttled")
    public void theFirstCallsSucceedAndTheLastIsThrottled(int burst) {
        assertThat(calls).as("calls made").hasSize(burst + 1);
        assertThat(calls.subList(0, burst)).as("the first %d calls", burst).noneMatch(Outcome::failed);
        assertThat(calls.get(burst).failed()).as("the last call was throttled: %s", calls.get(burst).failureReport())
                .isTrue();
    }

    @Then("listing the instances once more succeeds")
    public void listingOnceMoreSucceeds() {
        try (ConnectClient client = client(AwsRetryStrategy.doNotRetry())) {
            Outcome outcome = list(client);
            assertThat(outcome.failed()).as(outcome.failureReport()).isFalse();
        }
    }

    @Then("listing them again at once is throttled")
    public void listingAgainIsThrottled() {
        try (ConnectClient client = client(AwsRetryStrategy.doNotRetry())) {
            Outcome outcome = list(client);
            assertThat(outcome.failed()).as("the call right after the refilled one").isTrue();
            assertThat(outcome.error().statusCode()).isEqualTo(429);
        }
    }

    @Then("all {int} calls succeed")
    public void allCallsSucceed(int times) {
        assertThat(calls).as("calls made").hasSize(times);
        assertThat(calls).as("calls that failed").noneMatch(Outcome::failed);
    }

    @Then("{int} of the calls succeeded only on a retry")
    public void callsSucceededOnARetry(int retried) {
        assertThat(retries.get()).as("retries the client made").isEqualTo(retried);
    }

    /** Polls with the suite's bounded backoff (on the simulator it moves the clock) until the group is found. */
    @Then("a client retrying with backoff finds {group} in {region}")
    public void aRetryingClientFinds(GroupRef group, String region) {
        Optional<DescribeTrafficDistributionGroupResponse> found = context.poller().until(
                group.name() + " to be found in " + region, () -> describe(group, region), Optional::isPresent);
        assertThat(found.get().trafficDistributionGroup().arn()).isEqualTo(group.arn());
    }

    private Optional<DescribeTrafficDistributionGroupResponse> describe(GroupRef group, String region) {
        try {
            return Optional.of(context.in(region).describeTrafficDistributionGroup(
                    b -> b.trafficDistributionGroupId(group.arn())));
        } catch (ResourceNotFoundException notYet) {
            return Optional.empty();
        }
    }

    /** Lists the instances once; the outcome is also the scenario's last one, for the Thens about errors. */
    private Outcome list(ConnectClient client) {
        context.attempt("ListInstances", () -> client.listInstances(b -> { }));
        return context.lastOutcome();
    }

    private ConnectClient client(RetryStrategy retry) {
        return ConnectClient.builder().endpointOverride(context.simulatorAdmin().endpoint())
                .region(Region.of(context.sourceRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(context.accountId(), "any-secret")))
                .overrideConfiguration(c -> c.retryStrategy(retry)).build();
    }

    @After
    public void backToTheDefaults() {
        if (throttling) {
            context.simulatorAdmin().setThrottle(ThrottleMode.OFF);
        }
        if (delaying) {
            context.simulatorAdmin().setPropagationDelay(Duration.ZERO);
        }
    }
}
