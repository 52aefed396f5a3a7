package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.tags.TagViews;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberStatus;
import software.amazon.awssdk.services.connect.model.PhoneNumberSummary;

/** How a claimed number is shown by DescribePhoneNumber, ListPhoneNumbersV2 and ListPhoneNumbers. */
final class PhoneNumberViews {

    private PhoneNumberViews() {
    }

    static ClaimedPhoneNumberSummary claimed(OperationContext context, PhoneNumberRecord number) {
        return ClaimedPhoneNumberSummary.builder().phoneNumberId(number.id())
                .phoneNumberArn(number.arn(context.accountId())).phoneNumber(number.phoneNumber())
                .phoneNumberCountryCode(number.countryCode()).phoneNumberType(number.type())
                .phoneNumberDescription(number.description()).targetArn(number.targetArn())
                .instanceId(PhoneNumberTargets.instanceIdOf(context.account(), number.targetArn()))
                .tags(TagViews.shown(number.tags()))
                .phoneNumberStatus(PhoneNumberStatus.builder().status(number.status()).message(number.message())
                        .build())
                .build();
    }

    /** {@code instanceId}: the instance of the number's target, which a list resolves once per target. */
    static ListPhoneNumbersSummary listed(OperationContext context, PhoneNumberRecord number, String instanceId) {
        return ListPhoneNumbersSummary.builder().phoneNumberId(number.id())
                .phoneNumberArn(number.arn(context.accountId())).phoneNumber(number.phoneNumber())
                .phoneNumberCountryCode(number.countryCode()).phoneNumberType(number.type())
                .targetArn(number.targetArn())
                .instanceId(instanceId)
                .phoneNumberDescription(number.description()).build();
    }

    /** ListPhoneNumbers: the ARN in its legacy form under the instance, which no other operation takes (PN-16). */
    static PhoneNumberSummary summary(OperationContext context, PhoneNumberRecord number, String instanceId) {
        return PhoneNumberSummary.builder().id(number.id())
                .arn(Arn.legacyPhoneNumber(number.claimedRegion(), context.accountId(), instanceId, number.id()))
                .phoneNumber(number.phoneNumber()).phoneNumberType(number.type())
                .phoneNumberCountryCode(number.countryCode()).build();
    }
}
