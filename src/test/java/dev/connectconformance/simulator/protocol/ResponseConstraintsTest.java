package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;

/**
 * ERR-03 for the answers that broke the model: empty tag maps (TagMap has a minimum of one entry) and the FAILED
 * message of the churn cap (PhoneNumberWorkflowMessage has a maximum of 255 characters).
 */
class ResponseConstraintsTest extends SimulatorTestBase {

    private final ResponseBodyValidator model = new ResponseBodyValidator(ServiceModel.bundled());

    private HttpResponse<String> get(String path) {
        return new RawConnectHttp(simulator.endpoint()).send("GET", path, null,
                RawConnectHttp.authorization(account, EAST));
    }

    @Test
    void untaggedResourcesAreDescribedWithoutATagsMember() {
        String instanceId = replicatedInstance().id();
        String tdgId = defaultTdgArn(instanceId).substring(defaultTdgArn(instanceId).lastIndexOf('/') + 1);
        String number = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .maxResults(1)).availableNumbersList().get(0).phoneNumber();
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberId();
        settle();

        Map<String, String> answers = Map.of("DescribeInstance", get("/instance/" + instanceId).body(),
                "DescribeTrafficDistributionGroup", get("/traffic-distribution-group/" + tdgId).body(),
                "DescribePhoneNumber", get("/phone-number/" + numberId).body());

        answers.forEach((operation, body) -> {
            assertThat(body).as(operation).doesNotContain("\"Tags\"");
            assertThat(model.checkSuccess(operation, body)).as(operation).isEmpty();
        });
        // The SDK shows an absent map as an empty one, so callers see no difference.
        assertThat(east.describePhoneNumber(b -> b.phoneNumberId(numberId)).claimedPhoneNumberSummary().tags())
                .isEmpty();
    }

    @Test
    void aTaggedResourceStillShowsItsTags() {
        String instanceId = activeInstance().id();
        east.tagResource(b -> b.resourceArn("arn:aws:connect:" + EAST + ":" + account + ":instance/" + instanceId)
                .tags(Map.of("team", "support")));

        String body = get("/instance/" + instanceId).body();

        assertThat(body).contains("\"Tags\":{\"team\":\"support\"}");
        assertThat(model.checkSuccess("DescribeInstance", body)).isEmpty();
    }

    @Test
    void theChurnCapMessageOfAGroupFitsTheModelAndSaysWhatHappened() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        simulator.store().quotas().setFor(tdgArn, 1);
        String first = claim(instanceId, tdgArn);
        east.releasePhoneNumber(b -> b.phoneNumberId(first));
        settle();

        String blocked = claim(instanceId, tdgArn);

        ClaimedPhoneNumberSummary failed = east.describePhoneNumber(b -> b.phoneNumberId(blocked))
                .claimedPhoneNumberSummary();
        assertThat(failed.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(failed.phoneNumberStatus().message()).hasSizeLessThanOrEqualTo(255)
                .contains("limit", "180 days", "200% of its quota of 1", tdgArn.substring(tdgArn.lastIndexOf('/') + 1));
        assertThat(model.checkSuccess("DescribePhoneNumber", get("/phone-number/" + blocked).body())).isEmpty();
    }

    private String claim(String instanceId, String targetArn) {
        String number = east.searchAvailablePhoneNumbers(b -> b.targetArn(targetArn)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .maxResults(1)).availableNumbersList().get(0).phoneNumber();
        String id = east.claimPhoneNumber(b -> b.targetArn(targetArn).phoneNumber(number)).phoneNumberId();
        settle();
        return id;
    }
}
