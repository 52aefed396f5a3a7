package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.junit.ConnectSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/** A user's test: only JUnit and the SDK, which come with connect-conformance; no AssertJ, no Cucumber. */
class ClaimPhoneNumberTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    @RegisterExtension
    static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
            .settings(SimulatorSettings.defaults().withSettleDelay(SETTLE)).build();

    @Test
    void claimsANumberForANewInstance() {
        ConnectClient east = connect.client(Region.US_EAST_1);
        String instanceId = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("consumer").inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        connect.advanceClock(SETTLE);
        String number = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberCountryCode("US").phoneNumberType("DID").maxResults(1))
                .availableNumbersList().get(0).phoneNumber();

        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberId();
        connect.advanceClock(SETTLE);

        assertEquals("CLAIMED", east.describePhoneNumber(b -> b.phoneNumberId(numberId))
                .claimedPhoneNumberSummary().phoneNumberStatus().statusAsString());
    }
}
