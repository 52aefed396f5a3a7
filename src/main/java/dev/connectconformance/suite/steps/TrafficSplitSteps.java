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

/**
 * The traffic split of a traffic distribution group: reading it, changing the telephony and sign-in split. A
 * telephony split is a table of | region | share | rows.
 */
public class TrafficSplitSteps {

    private final ScenarioContext context;
    private final World world;
    private List<Distribution> splitBefore;

    public TrafficSplitSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    @When("the traffic split of {group} is read in {region} {reference}")
    public void theSplitIsRead(GroupRef group, String region, Reference reference) {
        context.attempt("GetTrafficDistribution", () -> context.in(region)
                .getTrafficDistribution(b -> b.id(reference.of(group.id(), group.arn()))));
    }

    @Then("the traffic split of {group} is shown")
    public void theSplitIsShown(GroupRef group) {
        GetTrafficDistributionResponse split = context.lastOutcome().response(GetTrafficDistributionResponse.class);
        assertThat(split.id()).isEqualTo(group.id());
        assertThat(split.telephonyConfig()).as("telephony split").isNotNull();
        assertThat(split.telephonyConfig().distributions()).isNotEmpty();
    }

    /** Called in the source region, naming the group by its full ARN. */
    @When("the telephony traffic of {group} is split:")
    public void theTelephonyTrafficIsSplit(GroupRef group, List<Distribution> split) {
        splitTelephony(group, split, context.sourceRegion(), Reference.ARN);
    }

    @When("the telephony traffic of {group} is split by a call in {region} {reference}:")
    public void theTelephonyTrafficIsSplitFrom(GroupRef group, String region, Reference reference,
            List<Distribution> split) {
        splitTelephony(group, split, region, reference);
    }

    private void splitTelephony(GroupRef group, List<Distribution> split, String region, Reference reference) {
        restoreTelephonySplitAfterwards(group);
        context.attempt("UpdateTrafficDistribution", () -> context.in(region).updateTrafficDistribution(b -> b
                .id(reference.of(group.id(), group.arn()))
                .telephonyConfig(TelephonyConfig.builder().distributions(split).build())));
    }

    /** On a real account: put the telephony split back as it was. */
    private void restoreTelephonySplitAfterwards(GroupRef group) {
        // A group that is not ACTIVE refuses both the read and the change (TDG-10): nothing to restore.
        if (!context.target().needsRestore() || !isActive(group)) {
            return;
        }
        TelephonyConfig before = context.source().getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig();
        context.undo().add("restore the telephony split of " + group.name(), () -> {
            world.awaitGroupSettled(group);
            context.source().updateTrafficDistribution(b -> b.id(group.arn()).telephonyConfig(before));
            world.awaitGroupSettled(group);
        });
    }

    @When("sign-in of {group} is enabled in {region} and disabled in {region}")
    public void signInIsSplit(GroupRef group, String enabledRegion, String disabledRegion) {
        if (context.target().needsRestore() && isActive(group)) {
            SignInConfig before = context.source().getTrafficDistribution(b -> b.id(group.arn())).signInConfig();
            if (before != null) {
                context.undo().add("restore the sign-in split of " + group.name(), () -> {
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

    private boolean isActive(GroupRef group) {
        return "ACTIVE".equals(world.describeGroup(context.source(), group.arn()).statusAsString());
    }

    @Given("the telephony split of {group} as it is now")
    public void theSplitAsItIsNow(GroupRef group) {
        splitBefore = telephonySplit(group);
    }

    @Then("the telephony split of {group} is unchanged")
    public void theSplitIsUnchanged(GroupRef group) {
        assertThat(telephonySplit(group)).containsExactlyInAnyOrderElementsOf(splitBefore);
    }

    /** Read once the group has settled (a change puts it in UPDATE_IN_PROGRESS for a while). */
    @Then("the telephony split of {group} is:")
    public void theSplitIs(GroupRef group, List<Distribution> expected) {
        assertThat(telephonySplit(group)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<Distribution> telephonySplit(GroupRef group) {
        world.awaitGroupSettled(group);
        TelephonyConfig config = context.source().getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig();
        return config == null ? List.of() : config.distributions();
    }
}
