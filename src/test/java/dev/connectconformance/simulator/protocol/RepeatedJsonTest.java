package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Response;
import software.amazon.awssdk.services.connect.model.PhoneNumberStatus;

/** Copied JSON is the JSON written afresh, an object that changed in any member is written again, and it is bounded. */
class RepeatedJsonTest {

    @Test
    void aPageWrittenFromKeptJsonIsThePageWrittenAfresh() {
        RepeatedJson repeated = new RepeatedJson(100);
        SdkPojo page = page(listed("a", "first \"quoted\" é"), listed("b", null), listed("c", "third"));

        byte[] first = JsonText.bytesOf(page, repeated);
        byte[] second = JsonText.bytesOf(page, repeated);

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(JsonText.of(page));
        assertThat(second).isEqualTo(first);
        assertThat(repeated.size()).isEqualTo(3);
    }

    @Test
    void aNumberThatChangedInAnyMemberIsWrittenAsItIsNow() {
        RepeatedJson repeated = new RepeatedJson(100);
        JsonText.bytesOf(page(listed("a", "day line")), repeated);

        String described = text(page(listed("a", "night line")), repeated);
        String moved = text(page(listed("a", "day line").toBuilder().targetArn("arn:aws:connect:us-east-1:111122223333:"
                + "traffic-distribution-group/g").build()), repeated);

        assertThat(described).contains("\"night line\"").doesNotContain("day line");
        assertThat(moved).contains("traffic-distribution-group/g").doesNotContain("instance/i");
    }

    @Test
    void aDescribedNumberWhoseStatusChangedIsWrittenAsItIsNow() {
        RepeatedJson repeated = new RepeatedJson(100);
        ClaimedPhoneNumberSummary inProgress = ClaimedPhoneNumberSummary.builder().phoneNumberId("a")
                .tags(Map.of("team", "night"))
                .phoneNumberStatus(PhoneNumberStatus.builder().status("IN_PROGRESS").build()).build();
        ClaimedPhoneNumberSummary claimed = inProgress.toBuilder()
                .phoneNumberStatus(PhoneNumberStatus.builder().status("CLAIMED").build()).build();

        String before = text(DescribePhoneNumberResponse.builder().claimedPhoneNumberSummary(inProgress).build(), repeated);
        String after = text(DescribePhoneNumberResponse.builder().claimedPhoneNumberSummary(claimed).build(), repeated);

        assertThat(before).contains("IN_PROGRESS").contains("\"team\":\"night\"");
        assertThat(after).contains("CLAIMED").doesNotContain("IN_PROGRESS");
    }

    @Test
    void aFullCacheStartsOverAndStillWritesEveryNumber() {
        RepeatedJson repeated = new RepeatedJson(5);
        List<ListPhoneNumbersSummary> numbers = IntStream.range(0, 12).mapToObj(i -> listed("n" + i, "d" + i)).toList();

        for (ListPhoneNumbersSummary number : numbers) {
            assertThat(text(page(number), repeated)).isEqualTo(JsonText.of(page(number)));
            assertThat(repeated.size()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void onlyKindsShownAgainAndAgainAreKept() {
        RepeatedJson repeated = new RepeatedJson(100);

        text(PhoneNumberStatus.builder().status("CLAIMED").build(), repeated);
        text(ListPhoneNumbersV2Response.builder().nextToken("t").build(), repeated);

        assertThat(repeated.size()).isZero();
    }

    private static ListPhoneNumbersSummary listed(String id, String description) {
        return ListPhoneNumbersSummary.builder().phoneNumberId(id)
                .phoneNumberArn("arn:aws:connect:us-east-1:111122223333:phone-number/" + id)
                .phoneNumber("+12015550100").phoneNumberCountryCode("US").phoneNumberType("DID")
                .targetArn("arn:aws:connect:us-east-1:111122223333:instance/i").instanceId("i")
                .phoneNumberDescription(description).build();
    }

    private static SdkPojo page(ListPhoneNumbersSummary... numbers) {
        return ListPhoneNumbersV2Response.builder().listPhoneNumbersSummaryList(numbers).nextToken("next").build();
    }

    private static String text(SdkPojo pojo, RepeatedJson repeated) {
        return new String(JsonText.bytesOf(pojo, repeated), StandardCharsets.UTF_8);
    }
}
