package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.protocol.ResponseBodyValidator.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the response validator finds in hand-made answers, constraint by constraint (ERR-03). */
class ResponseBodyValidatorTest {

    private static final String ARN = "arn:aws:connect:us-east-1:111122223333:phone-number/"
            + "2f5e7169-4cb9-48cc-bafa-72f02b7b8902";

    private final ResponseBodyValidator validator = new ResponseBodyValidator(ServiceModel.bundled());

    private static String describe(String status, String message) {
        return "{\"ClaimedPhoneNumberSummary\":{\"PhoneNumberId\":\"2f5e7169-4cb9-48cc-bafa-72f02b7b8902\","
                + "\"PhoneNumberArn\":\"" + ARN + "\",\"PhoneNumber\":\"+12065550100\",\"PhoneNumberCountryCode\":\"US\","
                + "\"PhoneNumberType\":\"DID\",\"PhoneNumberStatus\":{\"Status\":\"" + status + "\""
                + (message == null ? "" : ",\"Message\":\"" + message + "\"") + "}}}";
    }

    @Test
    void aBodyTheModelAllowsHasNoViolations() {
        assertThat(validator.checkSuccess("DescribePhoneNumber", describe("CLAIMED", null))).isEmpty();
        assertThat(validator.checkSuccess("DescribeInstance", "{\"Instance\":{\"Id\":"
                + "\"6391d20c-fbca-4bbb-b01d-eec9339608df\",\"CreatedTime\":1.764672E9}}")).isEmpty();
    }

    @Test
    void aMessageOverTheModelledMaximumIsNamedWithItsLength() {
        List<Violation> violations = validator.checkSuccess("DescribePhoneNumber", describe("FAILED", "x".repeat(284)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ClaimedPhoneNumberSummary.PhoneNumberStatus.Message");
            assertThat(v.constraint()).isEqualTo("length <= 255");
            assertThat(v.value()).startsWith("284 characters");
            assertThat(v.key()).isEqualTo(
                    "DescribePhoneNumber ClaimedPhoneNumberSummary.PhoneNumberStatus.Message: length <= 255");
        });
    }

    @Test
    void unknownMembersEnumsAndPatternsAreChecked() {
        String body = describe("CLAIMING", null).replace("\"PhoneNumberType\":\"DID\"",
                "\"PhoneNumberType\":\"DID\",\"Colour\":\"blue\"").replace(ARN, "not-an-arn");

        assertThat(validator.checkSuccess("DescribePhoneNumber", body)).extracting(Violation::path)
                .containsExactlyInAnyOrder("ClaimedPhoneNumberSummary.Colour",
                        "ClaimedPhoneNumberSummary.PhoneNumberStatus.Status");
        assertThat(validator.checkSuccess("ListPhoneNumbersV2", "{\"ListPhoneNumbersSummaryList\":[{"
                + "\"PhoneNumberArn\":\"" + ARN + "\",\"PhoneNumber\":\"12065550100\"}]}"))
                .as("E.164 needs its +").singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo("ListPhoneNumbersV2 "
                        + "ListPhoneNumbersSummaryList[].PhoneNumber: pattern \\\\+[1-9]\\\\d{1,14}$"));
    }

    @Test
    void requiredMembersNestedInListsAndTimestampsAsEpochSeconds() {
        assertThat(validator.checkSuccess("GetTrafficDistribution",
                "{\"TelephonyConfig\":{\"Distributions\":[{\"Region\":\"us-east-1\"}]}}"))
                .extracting(Violation::toString)
                .containsExactly("GetTrafficDistribution TelephonyConfig.Distributions[0].Percentage: required, was absent");
        assertThat(validator.checkSuccess("DescribeInstance",
                "{\"Instance\":{\"CreatedTime\":\"2026-12-02T10:00:00Z\"}}"))
                .extracting(Violation::constraint).containsExactly("epoch seconds (a number)");
    }

    @Test
    void listSizesAndWrongTypes() {
        StringBuilder summaries = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            summaries.append(i == 0 ? "" : ",").append("{\"Region\":\"us-west-2\"}");
        }
        assertThat(validator.checkSuccess("DescribeInstance", "{\"ReplicationConfiguration\":{"
                + "\"ReplicationStatusSummaryList\":[" + summaries + "]}}"))
                .extracting(Violation::constraint).containsExactly("size <= 11");
        assertThat(validator.checkSuccess("DescribeInstance", "{\"Instance\":{\"InboundCallsEnabled\":\"yes\"}}"))
                .extracting(Violation::constraint).containsExactly("a boolean");
        assertThat(validator.checkSuccess("DescribeInstance", "not json"))
                .extracting(Violation::constraint).containsExactly("a JSON body");
    }

    @Test
    void anOperationWithoutOutputAnswersNothing() {
        assertThat(validator.checkSuccess("TagResource", "")).isEmpty();
        assertThat(validator.checkSuccess("TagResource", "{}")).isEmpty();
        assertThat(validator.checkSuccess("TagResource", "{\"Tags\":{}}")).singleElement()
                .satisfies(v -> assertThat(v.constraint()).startsWith("no body"));
    }

    @Test
    void errorsCarryTheModelledStatusAndShape() {
        assertThat(validator.checkError("DescribePhoneNumber", 404, "ResourceNotFoundException",
                "{\"Message\":\"no such number\"}")).isEmpty();
        assertThat(validator.checkError("DescribePhoneNumber", 404, "ResourceNotFoundException:http://internal.amazon.com/",
                "{\"Message\":\"no such number\"}")).as("the header may carry a ':' suffix").isEmpty();
        assertThat(validator.checkError("DescribePhoneNumber", 400, "ResourceNotFoundException",
                "{\"Message\":\"no such number\",\"Detail\":1}")).extracting(Violation::toString).containsExactly(
                "DescribePhoneNumber (status of ResourceNotFoundException): HTTP 404, was HTTP 400",
                "DescribePhoneNumber Detail: a member of the shape, was 1");
        assertThat(validator.checkError("DescribePhoneNumber", 409, "ResourceInUseException",
                "{\"Message\":\"busy\",\"ResourceType\":\"TDG\"}"))
                .extracting(Violation::path).containsExactly("ResourceType");
        assertThat(validator.checkError("DescribePhoneNumber", 500, null, "{}"))
                .extracting(Violation::constraint).containsExactly("present on an error");
        assertThat(validator.checkError("SomethingElse", 501, "NotImplementedException", "{\"Message\":\"x\"}"))
                .as("not the model's error: not the model's to judge").isEmpty();
    }
}
