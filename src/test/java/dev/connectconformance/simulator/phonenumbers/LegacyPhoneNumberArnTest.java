package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.PhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** PN-16: ListPhoneNumbers names a number under its instance, a form no other operation takes. */
class LegacyPhoneNumberArnTest extends PhoneNumberTestBase {

    @Test
    void listPhoneNumbersGivesTheArnUnderTheInstanceAndV2TheNumbersOwnArn() {
        String instanceId = activeInstance().id();
        String id = claimedToInstance(instanceId).phoneNumberId();

        PhoneNumberSummary listed = east.listPhoneNumbers(b -> b.instanceId(instanceId)).phoneNumberSummaryList()
                .get(0);

        assertThat(listed.arn()).isEqualTo("arn:aws:connect:us-east-1:" + account + ":instance/" + instanceId
                + "/phone-number/" + id);
        assertThat(east.listPhoneNumbersV2(b -> b.instanceId(instanceId)).listPhoneNumbersSummaryList().get(0)
                .phoneNumberArn()).isEqualTo("arn:aws:connect:us-east-1:" + account + ":phone-number/" + id);
    }

    @Test
    void tagResourceWithTheArnUnderTheInstanceIsNotFoundAndTagsNothing() {
        String instanceId = activeInstance().id();
        String id = claimedToInstance(instanceId).phoneNumberId();
        String legacy = east.listPhoneNumbers(b -> b.instanceId(instanceId)).phoneNumberSummaryList().get(0).arn();

        assertFails(() -> east.tagResource(b -> b.resourceArn(legacy).tags(Map.of("team", "support"))),
                ResourceNotFoundException.class, 404, "phone-number/<id>");

        assertThat(describe(id).hasTags()).isFalse();
        assertThat(east.describeInstance(b -> b.instanceId(instanceId)).instance().hasTags()).isFalse();
        assertFails(() -> east.listTagsForResource(b -> b.resourceArn(legacy)), ResourceNotFoundException.class,
                404, "No taggable resource");
    }

    @Test
    void theNumbersOwnArnIsTaggedAsUsual() {
        String instanceId = activeInstance().id();
        String arn = claimedToInstance(instanceId).phoneNumberArn();

        east.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "support")));

        assertThat(describe(arn).tags()).containsExactly(Map.entry("team", "support"));
    }
}
