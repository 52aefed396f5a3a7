package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Response;

/**
 * ListPhoneNumbersV2 on an account far beyond what a test could claim through the API: 10,000 numbers placed in
 * the state directly, half on the instance and half on its group. Rule covered: PN-11 (the target's numbers
 * only), with key-based NextTokens that continue exactly after the last number of the previous page.
 */
class LargeAccountListingTest extends PhoneNumberTestBase {

    private static final int NUMBERS = 10_000;

    @Test
    void pagesOfALargeAccountContinueExactlyWhereThePreviousPageEnded() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        List<String> onGroup = placeNumbers(instanceArn(instanceId), tdgArn);

        List<String> listed = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListPhoneNumbersV2Response page = west.listPhoneNumbersV2(b -> b.targetArn(tdgArn).maxResults(1000)
                    .nextToken(next));
            page.listPhoneNumbersSummaryList().forEach(n -> listed.add(n.phoneNumberId()));
            token = page.nextToken();
        } while (token != null);

        assertThat(listed).containsExactlyElementsOf(onGroup.stream().sorted().toList());
        assertThat(east.listPhoneNumbersV2(b -> b.maxResults(1000)).listPhoneNumbersSummaryList())
                .hasSize(1000).extracting(ListPhoneNumbersSummary::phoneNumberId).isSorted();
    }

    /** Puts CLAIMED numbers straight into the account, alternating between the two targets; returns the group's. */
    private List<String> placeNumbers(String instanceArn, String tdgArn) {
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> {
            List<String> onGroup = new ArrayList<>();
            for (int i = 0; i < NUMBERS; i++) {
                PhoneNumberRecord number = new PhoneNumberRecord(UUID.randomUUID().toString(),
                        String.format("+4930%08d", i), "DE", "DID", EAST, null);
                number.markClaimed();
                String target = i % 2 == 0 ? tdgArn : instanceArn;
                state.addPhoneNumber(number, target, target);
                if (target.equals(tdgArn)) {
                    onGroup.add(number.id());
                }
            }
            return onGroup;
        });
    }
}
