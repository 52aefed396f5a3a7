package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionResponse;
import software.amazon.awssdk.services.connect.model.SignInConfig;
import software.amazon.awssdk.services.connect.model.SignInDistribution;
import software.amazon.awssdk.services.connect.model.TelephonyConfig;

/** The traffic split of a traffic distribution group: reading it, changing the telephony and sign-in split. */
public class TrafficSplitSteps {

    private final ScenarioContext context;
    private final World world;
    private List<Distribution> splitBefore;

    public TrafficSplitSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    @When("the traffic split of {string} is read in {region} by {reference}")
    public void theSplitIsRead(String name, String region, Reference reference) {
        GroupRef group = context.group(name);
        context.attempt("GetTrafficDistribution", () -> context.in(region)
                .getTrafficDistribution(b -> b.id(reference.of(group.id(), group.arn()))));
    }

    @Then("the split of {string} is shown")
    public void theSplitIsShown(String name) {
        GroupRef group = context.group(name);
        assertThat(context.lastOutcome().error()).as("reading the split").isNull();
        GetTrafficDistributionResponse split = (GetTrafficDistributionResponse) context.lastOutcome().response();
        assertThat(split.id()).isEqualTo(group.id());
        assertThat(split.telephonyConfig()).as("telephony split").isNotNull();
        assertThat(split.telephonyConfig().distributions()).isNotEmpty();
    }

    @When("the telephony traffic of {string} is split as {split}")
    public void theTelephonyTrafficIsSplit(String name, List<Distribution> split) {
        splitTelephony(name, split, context.sourceRegion(), Reference.ARN);
    }

    @When("the telephony traffic of {string} is split as {split} by a call in {region} by {reference}")
    public void theTelephonyTrafficIsSplitFrom(String name, List<Distribution> split, String region, Reference reference) {
        splitTelephony(name, split, region, reference);
    }

    private void splitTelephony(String name, List<Distribution> split, String region, Reference reference) {
        GroupRef group = context.group(name);
        rememberTelephonySplitForUndo(group);
        context.attempt("UpdateTrafficDistribution", () -> context.in(region).updateTrafficDistribution(b -> b
                .id(reference.of(group.id(), group.arn()))
                .telephonyConfig(TelephonyConfig.builder().distributions(split).build())));
    }

    /** On a real account: put the telephony split back as it was. */
    private void rememberTelephonySplitForUndo(GroupRef group) {
        if (!context.target().needsRestore()) {
            return;
        }
        TelephonyConfig before = context.source().getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig();
        context.undo().add("restore the telephony split of " + group.name(), () -> {
            world.awaitGroupSettled(group);
            context.source().updateTrafficDistribution(b -> b.id(group.arn()).telephonyConfig(before));
            world.awaitGroupSettled(group);
        });
    }

    @When("sign-in of {string} is enabled in {region} and disabled in {region}")
    public void signInIsSplit(String name, String enabledRegion, String disabledRegion) {
        GroupRef group = context.group(name);
        if (context.target().needsRestore()) {
            SignInConfig before = context.source().getTrafficDistribution(b -> b.id(group.arn())).signInConfig();
            if (before != null) {
                context.undo().add("restore the sign-in split of " + name, () -> {
                    world.awaitGroupSettled(group);
                    context.source().updateTrafficDistribution(b -> b.id(group.arn()).signInConfig(before));
                });
            }
        }
        context.attempt("UpdateTrafficDistribution", () -> context.source().updateTrafficDistribution(b -> b
                .id(group.arn()).signInConfig(SignInConfig.builder().distributions(
                        SignInDistribution.builder().region(enabledRegion).enabled(true).build(),
                        SignInDistribution.builder().region(disabledRegion).enabled(false).build()).build())));
    }

    @Given("the telephony split of {string} as it is now")
    public void theSplitAsItIsNow(String name) {
        splitBefore = telephonySplit(context.group(name));
    }

    @Then("the telephony split of {string} is unchanged")
    public void theSplitIsUnchanged(String name) {
        assertThat(telephonySplit(context.group(name))).containsExactlyInAnyOrderElementsOf(splitBefore);
    }

    @Then("once {string} is ACTIVE again its telephony split is {split}")
    public void onceActiveTheSplitIs(String name, List<Distribution> expected) {
        GroupRef group = context.group(name);
        world.awaitGroupStatus(group, "ACTIVE");
        assertThat(telephonySplit(group)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<Distribution> telephonySplit(GroupRef group) {
        world.awaitGroupSettled(group);
        TelephonyConfig config = context.source().getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig();
        return config == null ? List.of() : config.distributions();
    }
}
