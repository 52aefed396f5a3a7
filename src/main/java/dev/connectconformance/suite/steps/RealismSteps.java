package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.ThrottlingException;

/**
 * The simulator's opt-in realism (QT-02 throttling, EC-01 propagation delay), switched on for one scenario on the
 * worker's own simulator and off again after it. No step sleeps: the SDK's own retry backoff is the only real wait,
 * and a tight loop stops at its first throttled call or after {@link #TIGHT_LOOP_LIMIT} calls.
 */
public class RealismSteps {

    private static final int TIGHT_LOOP_LIMIT = 50;

    private final ScenarioContext context;
    private boolean throttling;
    private boolean delaying;
    private int succeeded;
    private int failed;

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

    /** The suite's clients retry as the SDK does by default (standard mode, 3 attempts). */
    @When("a client that retries as the AWS SDK does by default lists the instances {int} times in a row")
    public void aRetryingClientLists(int times) {
        for (int i = 0; i < times; i++) {
            if (context.attempt("ListInstances", () -> context.source().listInstances(b -> { })) != null) {
                succeeded++;
            } else {
                failed++;
            }
        }
    }

    @When("a client that does not retry lists the instances in a tight loop")
    public void aClientWithoutRetriesLists() {
        try (ConnectClient client = withoutRetries()) {
            for (int i = 0; i < TIGHT_LOOP_LIMIT; i++) {
                try {
                    client.listInstances(b -> { });
                    succeeded++;
                } catch (ThrottlingException throttled) {
                    // kept as the scenario's outcome, for the Thens about errors
                    context.attempt("ListInstances", () -> {
                        throw throttled;
                    });
                    return;
                }
            }
        }
        throw new AssertionError(TIGHT_LOOP_LIMIT + " calls in a tight loop were not throttled");
    }

    @Then("all {int} calls succeed")
    public void allCallsSucceed(int times) {
        assertThat(failed).as("calls that failed, the last: %s", context.lastOutcome()).isZero();
        assertThat(succeeded).isEqualTo(times);
    }

    @Then("at least {int} calls succeed before one is throttled")
    public void atLeastCallsSucceedFirst(int burst) {
        assertThat(succeeded).isGreaterThanOrEqualTo(burst);
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

    private ConnectClient withoutRetries() {
        return ConnectClient.builder().endpointOverride(context.simulatorAdmin().endpoint())
                .region(Region.of(context.sourceRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(context.accountId(), "any-secret")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
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
