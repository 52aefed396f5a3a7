package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * An account a migration would touch, built through the SDK on a simulator: a replicated instance, a TDG with a
 * 60/40 split, a number on the instance with a flow, one on the TDG, and one still moving to the TDG
 * (IN_PROGRESS) when {@link #build} returns.
 */
public record MigrationAccount(String accountId, String instanceId, String instanceArn, String tdgArn,
                               String onInstanceArn, String onTdgArn, String movingArn, String flowId) {

    public static final String EAST = "us-east-1";
    public static final String WEST = "us-west-2";

    public static MigrationAccount build(ConnectSimulator simulator, String accountId, Duration settle) {
        return build(simulator.endpoint(), accountId, () -> simulator.advanceClock(settle));
    }

    /**
     * @param keyId  the access key id to build with (a 12-digit one is the account)
     * @param settle completes the asynchronous work started so far (moves the simulator's clock)
     */
    public static MigrationAccount build(URI endpoint, String keyId, Runnable settle) {
        try (ConnectClient east = SimulatorClients.connect(endpoint, EAST, keyId)) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            var instance = east.createInstance(b -> b.identityManagementType("SAML")
                    .instanceAlias("twin-" + suffix).inboundCallsEnabled(true).outboundCallsEnabled(true));
            settle.run();
            east.replicateInstance(b -> b.instanceId(instance.id()).replicaRegion(WEST).replicaAlias("twin-r-" + suffix));
            settle.run();
            String tdgArn = east.createTrafficDistributionGroup(b -> b.name("migration-" + suffix)
                    .instanceId(instance.id()).tags(java.util.Map.of("team", "voice"))).arn();
            settle.run();
            east.updateTrafficDistribution(b -> b.id(tdgArn).telephonyConfig(t -> t.distributions(
                    d -> d.region(EAST).percentage(60), d -> d.region(WEST).percentage(40))));
            settle.run();
            String flowId = east.listContactFlows(b -> b.instanceId(instance.id())).contactFlowSummaryList().get(0).id();
            String onInstance = claim(east, instance.arn(), "front desk");
            String onTdg = claim(east, tdgArn, "support line");
            String moving = claim(east, instance.arn(), "sales");
            settle.run();
            east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onInstance).instanceId(instance.id())
                    .contactFlowId(flowId));
            east.updatePhoneNumber(b -> b.phoneNumberId(moving).targetArn(tdgArn));
            String accountId = instance.arn().split(":")[4];
            return new MigrationAccount(accountId, instance.id(), instance.arn(), tdgArn, onInstance, onTdg, moving,
                    flowId);
        }
    }

    private static String claim(ConnectClient east, String targetArn, String description) {
        String number = east.searchAvailablePhoneNumbers(b -> b.targetArn(targetArn)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(1))
                .availableNumbersList().get(0).phoneNumber();
        return east.claimPhoneNumber(b -> b.targetArn(targetArn).phoneNumber(number)
                .phoneNumberDescription(description).tags(java.util.Map.of("cost-centre", "42"))).phoneNumberArn();
    }
}
