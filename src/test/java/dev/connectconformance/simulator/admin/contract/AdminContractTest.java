package dev.connectconformance.simulator.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin records on the wire: requests as the client sends them (the bodies docs/simulator.md documents,
 * left-out fields absent), answers read back into the same record and written again unchanged.
 */
class AdminContractTest {

    @Test
    void requestsAreWrittenWithTheDocumentedKeysAndWithoutTheFieldsLeftOut() {
        assertThat(AdminJson.text(new ClockAdvance("PT5S"))).isEqualTo("{\"by\":\"PT5S\"}");
        assertThat(AdminJson.text(new PhoneNumberQuotaChange(10, null))).isEqualTo("{\"phoneNumbersPerTarget\":10}");
        assertThat(AdminJson.text(new PhoneNumberQuotaChange(2, "arn:aws:connect:us-east-1:111122223333:instance/i")))
                .isEqualTo("{\"phoneNumbersPerTarget\":2,\"targetArn\":\"arn:aws:connect:us-east-1:111122223333:instance/i\"}");
        assertThat(AdminJson.text(new InstanceQuotaChange(4, "111122223333")))
                .isEqualTo("{\"instancesPerRegion\":4,\"accountId\":\"111122223333\"}");
        assertThat(AdminJson.text(new FaultRequest("UpdatePhoneNumber", "ThrottlingException", "slow down", "PT0.2S", 3)))
                .isEqualTo("{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\","
                        + "\"message\":\"slow down\",\"latency\":\"PT0.2S\",\"times\":3}");
        assertThat(AdminJson.text(new FaultRequest("*", null, null, "PT1S", null)))
                .isEqualTo("{\"operation\":\"*\",\"latency\":\"PT1S\"}");
        assertThat(AdminJson.text(new AsyncFailureRequest("CreateTrafficDistributionGroup", 1)))
                .isEqualTo("{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":1}");
        assertThat(AdminJson.text(new RealismChange("aws", null))).isEqualTo("{\"throttle\":\"aws\"}");
        assertThat(AdminJson.text(new RealismChange(null, "PT5S"))).isEqualTo("{\"propagationDelay\":\"PT5S\"}");
    }

    @Test
    void answersAreReadIntoTheirRecordsAndWrittenBackUnchanged() throws Exception {
        Map<String, Integer> overrides = new LinkedHashMap<>();
        overrides.put("arn:aws:connect:us-east-1:111122223333:instance/abc", 3);
        List<Object> answers = List.of(
                Message.of("reset"),
                Message.awsShaped("give 'throttle' (off or aws) or 'propagationDelay' (e.g. 5s)"),
                new ClockState(Instant.parse("2026-01-01T00:00:05Z")),
                new QuotasState(7, overrides, 3, Map.of("111122223333", 4)),
                new FaultList(List.of()),
                new FaultList(List.of(new FaultList.Entry("*", null, null, Duration.ofSeconds(1), -1, -1),
                        new FaultList.Entry("ListInstances", "InternalServiceException", "boom", Duration.ZERO, 1, 1))),
                new RealismState("aws", Duration.ofSeconds(5)),
                new AsyncFailureList(Map.of("CreateTrafficDistributionGroup", 2)),
                new StateLoaded(List.of("111122223333"), Instant.parse("2026-01-02T00:00:00Z")));
        for (Object answer : answers) {
            String written = AdminJson.text(answer);

            Object read = AdminJson.read(AdminJson.tree(written), answer.getClass());

            assertThat(read).isEqualTo(answer);
            assertThat(AdminJson.text(read)).isEqualTo(written);
        }
    }

    @Test
    void answersKeepTheirDocumentedShapes() {
        assertThat(AdminJson.text(new FaultList(List.of()))).isEqualTo("{}");
        assertThat(AdminJson.text(new FaultList(List.of(new FaultList.Entry("*", null, null, Duration.ofSeconds(1),
                -1, -1))))).isEqualTo("{\"faults\":[{\"operation\":\"*\",\"errorCode\":null,\"message\":null,"
                + "\"latency\":\"PT1S\",\"times\":-1,\"remaining\":-1}]}");
        assertThat(AdminJson.text(new AsyncFailureList(Map.of()))).isEqualTo("{\"asyncFailures\":{}}");
        assertThat(AdminJson.text(new StateLoaded(List.of(), Instant.parse("2026-01-02T00:00:00Z"))))
                .isEqualTo("{\"accounts\":[],\"now\":\"2026-01-02T00:00:00Z\"}");
        assertThat(AdminJson.text(Message.awsShaped("no"))).isEqualTo("{\"message\":\"no\",\"Message\":\"no\"}");
    }

    @Test
    void aRefusalIsReadFromEitherField() throws Exception {
        assertThat(AdminJson.read(AdminJson.tree("{\"message\":\"'by' is required\"}"), Message.class).text())
                .isEqualTo("'by' is required");
        assertThat(AdminJson.read(AdminJson.tree("{\"Message\":\"Forbidden\"}"), Message.class).text())
                .isEqualTo("Forbidden");
        assertThat(AdminJson.read(AdminJson.tree("{}"), Message.class).text()).isNull();
    }
}
