package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.state.AccountState;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/** Shared steps of the phone-number tests: find a free number, claim it, read it back, expect an error. */
abstract class PhoneNumberTestBase extends SimulatorTestBase {

    /** The first US DID the inventory offers right now (searched for the given instance in us-east-1). */
    protected String availableNumber(String instanceId) {
        return east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(1))
                .availableNumbersList().get(0).phoneNumber();
    }

    /** Claims a free number to an instance in us-east-1 and lets the claim settle. */
    protected ClaimPhoneNumberResponse claimedToInstance(String instanceId) {
        ClaimPhoneNumberResponse claimed = east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(availableNumber(instanceId)));
        settle();
        return claimed;
    }

    /** Claims a free number to a target (instance or TDG ARN) from us-east-1 and lets it settle. */
    protected ClaimPhoneNumberResponse claimedToTarget(String instanceId, String targetArn) {
        ClaimPhoneNumberResponse claimed = east.claimPhoneNumber(b -> b.targetArn(targetArn)
                .phoneNumber(availableNumber(instanceId)));
        settle();
        return claimed;
    }

    protected ClaimedPhoneNumberSummary describe(ConnectClient client, String idOrArn) {
        return client.describePhoneNumber(b -> b.phoneNumberId(idOrArn)).claimedPhoneNumberSummary();
    }

    protected ClaimedPhoneNumberSummary describe(String idOrArn) {
        return describe(east, idOrArn);
    }

    /** Every number the account has claimed in a region, as ListPhoneNumbersV2 shows it. */
    protected List<ListPhoneNumbersSummary> listAll(ConnectClient client) {
        return client.listPhoneNumbersV2Paginator(b -> b.maxResults(1000)).listPhoneNumbersSummaryList().stream()
                .toList();
    }

    protected String instanceArn(String instanceId) {
        return "arn:aws:connect:" + EAST + ":" + account + ":instance/" + instanceId;
    }

    protected static String newAlias() {
        return "a-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An ACTIVE instance created through {@code client} (another account or region); returns its id. */
    protected String activeInstanceVia(ConnectClient client) {
        String id = client.createInstance(b -> b.identityManagementType("SAML").instanceAlias(newAlias())
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settle();
        return id;
    }

    /** The default TDG of an instance of another account, read from the simulator state. */
    /** The ARN of an ACTIVE default TDG that belongs to a fresh, different account. */
    protected String anotherAccountsActiveTdg() {
        String otherAccount = randomAccountId();
        try (ConnectClient other = client(EAST, otherAccount)) {
            String otherInstance = activeInstanceVia(other);
            other.replicateInstance(b -> b.instanceId(otherInstance).replicaRegion(WEST).replicaAlias(newAlias()));
            settle();
            return defaultTdgArnOf(otherAccount, otherInstance);
        }
    }

    protected static String defaultTdgArnOf(String accountId, String instanceId) {
        AccountState state = simulator.store().account(accountId);
        return state.exclusively(simulator.clock().now(), () -> state.trafficDistributionGroups().values().stream()
                .filter(g -> g.instanceId().equals(instanceId) && g.isDefault())
                .map(g -> g.arn(accountId)).findFirst().orElseThrow());
    }

    /** Asserts the typed SDK exception, its HTTP status and a part of its message. */
    protected static <T extends AwsServiceException> void assertFails(ThrowingCallable call, Class<T> type,
                                                                     int status, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((AwsServiceException) e).statusCode()).isEqualTo(status));
    }
}
