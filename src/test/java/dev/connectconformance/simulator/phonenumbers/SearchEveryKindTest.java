package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.state.NumberInventory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.AvailableNumberSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * SearchAvailablePhoneNumbers answers every country and type of the model's enums: numbers of that kind where the
 * inventory has a range, an honest empty list where the service offers none (docs/phone-number-inventory.md).
 */
class SearchEveryKindTest extends PhoneNumberTestBase {

    @Test
    void everyCountryAndTypeOfTheModelIsAnsweredWithNumbersOfThatKindOrNone() {
        String instanceId = activeInstance().id();
        Set<String> offered = new HashSet<>();
        for (PhoneNumberCountryCode country : PhoneNumberCountryCode.knownValues()) {
            for (PhoneNumberType type : PhoneNumberType.knownValues()) {
                List<AvailableNumberSummary> found = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(country).phoneNumberType(type).maxResults(2)).availableNumbersList();
                assertThat(found).allSatisfy(n -> {
                    assertThat(n.phoneNumberCountryCode()).isEqualTo(country);
                    assertThat(n.phoneNumberType()).isEqualTo(type);
                });
                if (!found.isEmpty()) {
                    offered.add(country + " " + type);
                }
            }
        }
        Set<String> ranges = new HashSet<>();
        NumberInventory.ranges().forEach(r -> ranges.add(r.countryCode() + " " + r.type()));
        assertThat(offered).isEqualTo(ranges)
                .containsExactlyInAnyOrder("US DID", "US TOLL_FREE", "CA DID", "GB DID", "GB TOLL_FREE", "DE DID",
                        "AU DID", "JP DID");
    }
}
