package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.DirectoryType;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.AppliedLevelEnum;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/**
 * Quotas: instances per account and region (QT-01) and how Service Quotas shows the quotas of service code
 * {@code connect} (QT-03): the applied value where there is one, else the AWS default.
 */
public class QuotaSteps {

    private static final String SERVICE_CODE = "connect";
    private static final String PHONE_NUMBERS_PER_INSTANCE = "L-8F812903";
    private static final String INSTANCE_COUNT = "L-AA17A6B9";

    private final ScenarioContext context;
    private final World world;
    private ServiceQuota shown;
    private boolean applied;

    public QuotaSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    @Given("the account already has {int} active instance(s) in {region}")
    public void theAccountHasInstances(int count, String region) {
        for (int i = 0; i < count; i++) {
            String id = world.createInstance(context.in(region), DirectoryType.SAML, World.alias("filler"));
            world.awaitInstanceActive(context.in(region), id);
        }
    }

    /** A quota increase for the scenario's account alone (simulator admin). */
    @Given("the account may have {int} instances in each region")
    public void theInstanceQuotaIs(int limit) {
        context.simulatorAdmin().setInstancesPerRegion(context.accountId(), limit);
    }

    @When("another instance is created in {region}")
    public void anotherInstanceIsCreated(String region) {
        context.attempt("CreateInstance", () -> context.in(region).createInstance(b -> b
                .identityManagementType(DirectoryType.SAML).instanceAlias(World.alias("extra"))
                .inboundCallsEnabled(true).outboundCallsEnabled(true)));
    }

    @When("the instance quota of the account is read through Service Quotas")
    public void theInstanceQuotaIsRead() {
        read(INSTANCE_COUNT, Optional.empty());
    }

    /** The value for the target itself where it has one, the account's applied value next, the AWS default last. */
    @When("the phone-number quota of {target} is read through Service Quotas")
    public void thePhoneNumberQuotaIsRead(NumberTarget target) {
        read(PHONE_NUMBERS_PER_INSTANCE, Optional.of(target.arn()));
    }

    private void read(String quotaCode, Optional<String> resourceArn) {
        ServiceQuotasClient quotas = context.accountClients().serviceQuotas(context.sourceRegion());
        Optional<ServiceQuota> appliedValue = quotas.listServiceQuotasPaginator(b -> b.serviceCode(SERVICE_CODE)
                        .quotaCode(quotaCode).quotaAppliedAtLevel(AppliedLevelEnum.ALL)).quotas().stream()
                .filter(q -> q.quotaContext() == null || q.quotaContext().contextId() == null
                        || resourceArn.filter(q.quotaContext().contextId()::equals).isPresent())
                .reduce((account, own) -> own.quotaContext() != null ? own : account);
        applied = appliedValue.isPresent();
        shown = appliedValue.orElseGet(() -> quotas.getAWSDefaultServiceQuota(b -> b.serviceCode(SERVICE_CODE)
                .quotaCode(quotaCode)).quota());
    }

    @Then("Service Quotas shows {int} as the applied value")
    public void theAppliedValueIs(int value) {
        assertThat(applied).as("an applied value of " + shown.quotaCode()).isTrue();
        assertThat(shown.value()).isEqualTo((double) value);
    }

    /** On a real account: whichever it has, a usable whole number of service code connect. */
    @Then("Service Quotas shows the applied value or else the AWS default")
    public void theAppliedValueOrTheDefault() {
        assertThat(shown.serviceCode()).isEqualTo(SERVICE_CODE);
        assertThat(shown.quotaCode()).isEqualTo(PHONE_NUMBERS_PER_INSTANCE);
        assertThat(shown.value()).isGreaterThanOrEqualTo(1.0);
        assertThat(shown.value() % 1).isZero();
    }
}
