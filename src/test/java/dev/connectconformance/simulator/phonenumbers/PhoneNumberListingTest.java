package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.AvailableNumberSummary;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Response;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.SearchAvailablePhoneNumbersResponse;

/**
 * SearchAvailablePhoneNumbers, ListPhoneNumbersV2 and ListPhoneNumbers. Rules covered: PN-11 (a group's numbers
 * from both regions, otherwise the numbers claimed in the region called), PN-09 (search offers only available
 * numbers), PN-05 (search needs a target), ERR-02 (MaxResults and NextToken checked).
 */
class PhoneNumberListingTest extends PhoneNumberTestBase {

    @Test
    void listWithAGroupTargetShowsOnlyThatGroupsNumbersInBothRegions() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String onInstance = claimedToInstance(instanceId).phoneNumberId();
        String onGroup = claimedToTarget(instanceId, tdgArn).phoneNumberId();

        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.targetArn(tdgArn)))).containsExactly(onGroup);
        assertThat(idsOf(west.listPhoneNumbersV2(b -> b.targetArn(tdgArn)))).containsExactly(onGroup);
        assertThat(listAll(east)).extracting(ListPhoneNumbersSummary::phoneNumberId)
                .containsExactlyInAnyOrder(onInstance, onGroup);
        assertThat(listAll(west)).isEmpty();
    }

    @Test
    void listSummariesCarryTargetInstanceAndNumberDetails() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String onGroup = claimedToTarget(instanceId, tdgArn).phoneNumberId();

        ListPhoneNumbersSummary summary = west.listPhoneNumbersV2(b -> b.targetArn(tdgArn))
                .listPhoneNumbersSummaryList().get(0);

        assertThat(summary.phoneNumberId()).isEqualTo(onGroup);
        assertThat(summary.phoneNumberArn()).startsWith("arn:aws:connect:us-east-1:" + account + ":phone-number/");
        assertThat(summary.targetArn()).isEqualTo(tdgArn);
        assertThat(summary.instanceId()).isEqualTo(instanceId);
        assertThat(summary.phoneNumberCountryCode()).isEqualTo(PhoneNumberCountryCode.US);
        assertThat(summary.phoneNumberType()).isEqualTo(PhoneNumberType.DID);
    }

    @Test
    void listFiltersByCountryTypeAndPrefix() {
        String instanceId = activeInstance().id();
        String did = claimedToInstance(instanceId).phoneNumberId();
        String tollFree = claimTollFree(instanceId);
        String didNumber = describe(did).phoneNumber();

        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.phoneNumberTypes(PhoneNumberType.TOLL_FREE))))
                .containsExactly(tollFree);
        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.phoneNumberPrefix(didNumber)))).containsExactly(did);
        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.phoneNumberCountryCodes(PhoneNumberCountryCode.GB))))
                .isEmpty();
        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.phoneNumberCountryCodes(PhoneNumberCountryCode.US))))
                .containsExactlyInAnyOrder(did, tollFree);
    }

    @Test
    void listPagesThroughEveryNumberOnceInIdOrder() {
        String instanceId = activeInstance().id();
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claimed.add(claimedToInstance(instanceId).phoneNumberId());
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListPhoneNumbersV2Response page = east.listPhoneNumbersV2(b -> b.instanceId(instanceId).maxResults(2)
                    .nextToken(next));
            assertThat(page.listPhoneNumbersSummaryList()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(idsOf(page));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(claimed.stream().sorted().toList());
    }

    @Test
    void listRefusesATokenItDidNotIssueAndAMaxResultsOutOfRange() {
        assertFails(() -> east.listPhoneNumbersV2(b -> b.nextToken("bogus")), InvalidParameterException.class, 400,
                "NextToken");
        assertFails(() -> east.listPhoneNumbersV2(b -> b.maxResults(1001)), InvalidParameterException.class, 400,
                "MaxResults");
    }

    @Test
    void listByInstanceShowsItsOwnNumbersOnlyInTheRegionTheyWereClaimedIn() {
        String instanceId = replicatedInstance().id();
        String onInstance = claimedToInstance(instanceId).phoneNumberId();
        claimedToTarget(instanceId, defaultTdgArn(instanceId));

        assertThat(idsOf(east.listPhoneNumbersV2(b -> b.instanceId(instanceId)))).containsExactly(onInstance);
        assertThat(idsOf(west.listPhoneNumbersV2(b -> b.instanceId(instanceId)))).isEmpty();
    }

    @Test
    void listWithBothInstanceIdAndTargetArnIsRefused() {
        String instanceId = activeInstance().id();

        assertFails(() -> east.listPhoneNumbersV2(b -> b.instanceId(instanceId).targetArn(instanceArn(instanceId))),
                InvalidParameterException.class, 400, "not both");
    }

    @Test
    void listWithAnotherAccountsGroupIsNotFound() {
        String othersTdg = anotherAccountsActiveTdg();

        assertFails(() -> east.listPhoneNumbersV2(b -> b.targetArn(othersTdg)), ResourceNotFoundException.class, 404,
                "not found");
    }

    @Test
    void listPhoneNumbersShowsOnlyTheNumbersClaimedToTheInstanceItself() {
        String instanceId = replicatedInstance().id();
        String onInstance = claimedToInstance(instanceId).phoneNumberId();
        claimedToTarget(instanceId, defaultTdgArn(instanceId));

        List<PhoneNumberSummary> listed = east.listPhoneNumbers(b -> b.instanceId(instanceId))
                .phoneNumberSummaryList();

        assertThat(listed).extracting(PhoneNumberSummary::id).containsExactly(onInstance);
        assertThat(listed.get(0).phoneNumberType()).isEqualTo(PhoneNumberType.DID);
        assertThat(east.listPhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberTypes(PhoneNumberType.TOLL_FREE)).phoneNumberSummaryList()).isEmpty();
    }

    @Test
    void searchOffersTheSameNumbersInTheSameOrderAndPagesOnWithItsToken() {
        String instanceId = activeInstance().id();

        SearchAvailablePhoneNumbersResponse first = searchUs(instanceId, 3, null);
        SearchAvailablePhoneNumbersResponse again = searchUs(instanceId, 3, null);
        SearchAvailablePhoneNumbersResponse second = searchUs(instanceId, 3, first.nextToken());
        SearchAvailablePhoneNumbersResponse sixAtOnce = searchUs(instanceId, 6, null);

        assertThat(numbers(first)).hasSize(3).isEqualTo(numbers(again));
        List<String> bothPages = new ArrayList<>(numbers(first));
        bothPages.addAll(numbers(second));
        assertThat(bothPages).isEqualTo(numbers(sixAtOnce));
    }

    @Test
    void searchNoLongerOffersAClaimedNumber() {
        String instanceId = activeInstance().id();
        String offered = availableNumber(instanceId);

        east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(offered));

        assertThat(numbers(searchUs(instanceId, 10, null))).doesNotContain(offered);
    }

    @Test
    void searchFiltersByPrefixWithOrWithoutThePlus() {
        String instanceId = activeInstance().id();

        List<String> withPlus = numbers(east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberCountryCode(PhoneNumberCountryCode.GB).phoneNumberType(PhoneNumberType.DID)
                .phoneNumberPrefix("+44113")));
        List<String> withoutPlus = numbers(east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberCountryCode(PhoneNumberCountryCode.GB).phoneNumberType(PhoneNumberType.DID)
                .phoneNumberPrefix("44113")));

        assertThat(withPlus).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("+44113"));
        assertThat(withoutPlus).isEqualTo(withPlus);
    }

    @Test
    void searchWithAGroupTargetWorksFromBothRegions() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);

        List<String> fromWest = numbers(west.searchAvailablePhoneNumbers(b -> b.targetArn(tdgArn)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)));

        assertThat(fromWest).hasSize(10);
    }

    @Test
    void searchNeedsATargetAndAtMostTenResults() {
        String instanceId = activeInstance().id();

        assertFails(() -> east.searchAvailablePhoneNumbers(b -> b.phoneNumberCountryCode(PhoneNumberCountryCode.US)
                        .phoneNumberType(PhoneNumberType.DID)), InvalidParameterException.class, 400,
                "Either InstanceId or TargetArn");
        assertFails(() -> searchUs(instanceId, 11, null), InvalidParameterException.class, 400, "MaxResults");
    }

    private String claimTollFree(String instanceId) {
        String number = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.TOLL_FREE)
                        .maxResults(1))
                .availableNumbersList().get(0).phoneNumber();
        String id = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberId();
        settle();
        return id;
    }

    private SearchAvailablePhoneNumbersResponse searchUs(String instanceId, int max, String token) {
        return east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .maxResults(max).nextToken(token));
    }

    private static List<String> numbers(SearchAvailablePhoneNumbersResponse response) {
        return response.availableNumbersList().stream().map(AvailableNumberSummary::phoneNumber).toList();
    }

    private static List<String> idsOf(ListPhoneNumbersV2Response response) {
        return response.listPhoneNumbersSummaryList().stream().map(ListPhoneNumbersSummary::phoneNumberId).toList();
    }

    /** Pages copy each number's JSON while it is unchanged: a description or a target that changed shows at once. */
    @Test
    void aListShowsEachNumberAsItIsNowAfterItsDescriptionOrTargetChanged() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        east.updatePhoneNumberMetadata(b -> b.phoneNumberId(numberId).phoneNumberDescription("day line"));
        settle();
        assertThat(listAll(east)).singleElement().extracting(ListPhoneNumbersSummary::phoneNumberDescription)
                .isEqualTo("day line");

        east.updatePhoneNumberMetadata(b -> b.phoneNumberId(numberId).phoneNumberDescription("night line"));
        settle();
        ListPhoneNumbersSummary described = listAll(east).get(0);
        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));
        settle();
        ListPhoneNumbersSummary moved = listAll(east).get(0);

        assertThat(described.phoneNumberDescription()).isEqualTo("night line");
        assertThat(described.targetArn()).isEqualTo(instanceArn(instanceId));
        assertThat(moved.targetArn()).isEqualTo(tdgArn);
        assertThat(moved.phoneNumberDescription()).isEqualTo("night line");
    }
}
