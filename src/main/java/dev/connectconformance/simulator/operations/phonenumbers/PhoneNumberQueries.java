package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.operations.phonenumbers.PhoneNumberTargets.Target;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.NumberInventory.AvailableNumber;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.AvailableNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersRequest;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersResponse;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Request;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Response;
import software.amazon.awssdk.services.connect.model.SearchAvailablePhoneNumbersRequest;
import software.amazon.awssdk.services.connect.model.SearchAvailablePhoneNumbersResponse;

/**
 * Searching the inventory and listing claimed numbers. Lists walk the id-ordered indexes from the key in the
 * NextToken, so a page costs what it returns, not what the account holds.
 */
public final class PhoneNumberQueries implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("SearchAvailablePhoneNumbers", SearchAvailablePhoneNumbersRequest::builder,
                        this::searchAvailablePhoneNumbers)
                .register("ListPhoneNumbersV2", ListPhoneNumbersV2Request::builder, this::listPhoneNumbersV2)
                .register("ListPhoneNumbers", ListPhoneNumbersRequest::builder, this::listPhoneNumbers);
    }

    /**
     * Available numbers in number order; held or cooling-down numbers are never offered (PN-10). The next page
     * continues after the last number shown, so numbers taken or freed meanwhile neither shift nor repeat a page.
     */
    SdkPojo searchAvailablePhoneNumbers(OperationContext context, SearchAvailablePhoneNumbersRequest request) {
        PhoneNumberTargets.forLookup(context, request.instanceId(), request.targetArn());
        Pages.Scope scope = Pages.scope(context, request);
        String after = Pages.decodeAfterKey(scope, request.nextToken());
        int size = request.maxResults() == null ? 10 : request.maxResults();
        List<AvailableNumber> found = context.store().inventory().search(request.phoneNumberCountryCodeAsString(),
                request.phoneNumberTypeAsString(), withPlus(request.phoneNumberPrefix()), after, context.now(),
                size + 1);
        List<AvailableNumber> page = found.subList(0, Math.min(size, found.size()));
        return SearchAvailablePhoneNumbersResponse.builder()
                .nextToken(found.size() > size ? Pages.afterKey(scope, page.get(size - 1).phoneNumber()) : null)
                .availableNumbersList(page.stream().map(n -> AvailableNumberSummary.builder()
                        .phoneNumber(n.phoneNumber()).phoneNumberCountryCode(n.countryCode())
                        .phoneNumberType(n.type()).build()).toList())
                .build();
    }

    /** PN-11: one target's numbers (a group's from both its regions), or all numbers claimed in the region called. */
    SdkPojo listPhoneNumbersV2(OperationContext context, ListPhoneNumbersV2Request request) {
        Predicate<PhoneNumberRecord> filter = filters(request.hasPhoneNumberCountryCodes()
                        ? request.phoneNumberCountryCodesAsStrings() : List.of(),
                request.hasPhoneNumberTypes() ? request.phoneNumberTypesAsStrings() : List.of(),
                withPlus(request.phoneNumberPrefix()));
        Pages.Scope scope = Pages.scope(context, request);
        String after = Pages.decodeAfterKey(scope, request.nextToken());
        Iterator<String> ids;
        if (request.instanceId() == null && request.targetArn() == null) {
            ids = idsAfter(context.account().phoneNumbers().navigableKeySet(), after);
            filter = filter.and(n -> n.claimedRegion().equals(context.region()));
        } else {
            Target target = PhoneNumberTargets.forLookup(context, request.instanceId(), request.targetArn());
            ids = idsAfter(context.account().numberIdsOn(target.arn()), after);
            if (!target.isGroup()) {
                // An instance's own numbers exist only in the region they were claimed in, as Describe sees them.
                filter = filter.and(n -> n.claimedRegion().equals(context.region()));
            }
        }
        PageOfNumbers page = collect(context, scope, ids, filter,
                request.maxResults() == null ? 100 : request.maxResults());
        // A page's numbers share a few targets: parse each target ARN once, not once per number.
        Map<String, String> instanceIds = new HashMap<>();
        return ListPhoneNumbersV2Response.builder().nextToken(page.nextToken())
                .listPhoneNumbersSummaryList(page.numbers().stream()
                        .map(n -> PhoneNumberViews.listed(context, n, instanceIds.computeIfAbsent(n.targetArn(),
                                t -> PhoneNumberTargets.instanceIdOf(context.account(), t)))).toList())
                .build();
    }

    /** The numbers claimed to the instance itself, where it was created (numbers on its groups are not listed). */
    SdkPojo listPhoneNumbers(OperationContext context, ListPhoneNumbersRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        Predicate<PhoneNumberRecord> filter = filters(request.hasPhoneNumberCountryCodes()
                        ? request.phoneNumberCountryCodesAsStrings() : List.of(),
                request.hasPhoneNumberTypes() ? request.phoneNumberTypesAsStrings() : List.of(), null)
                .and(n -> n.claimedRegion().equals(context.region()));
        Pages.Scope scope = Pages.scope(context, request);
        String after = Pages.decodeAfterKey(scope, request.nextToken());
        String instanceArn = instance.arnIn(instance.sourceRegion(), context.accountId());
        PageOfNumbers page = collect(context, scope, idsAfter(context.account().numberIdsOn(instanceArn), after),
                filter,
                request.maxResults() == null ? 100 : request.maxResults());
        return ListPhoneNumbersResponse.builder().nextToken(page.nextToken())
                .phoneNumberSummaryList(page.numbers().stream()
                        .map(n -> PhoneNumberViews.summary(context, n, instance.id())).toList())
                .build();
    }

    private record PageOfNumbers(List<PhoneNumberRecord> numbers, String nextToken) {
    }

    private static Iterator<String> idsAfter(NavigableSet<String> ids, String after) {
        return (after == null ? ids : ids.tailSet(after, false)).iterator();
    }

    /** Takes up to {@code size} matching numbers, and looks one match ahead to know whether a next page exists. */
    private static PageOfNumbers collect(OperationContext context, Pages.Scope scope, Iterator<String> ids,
                                         Predicate<PhoneNumberRecord> filter, int size) {
        List<PhoneNumberRecord> numbers = new ArrayList<>();
        while (ids.hasNext()) {
            PhoneNumberRecord number = context.account().phoneNumber(ids.next()).orElse(null);
            if (number == null || !filter.test(number)) {
                continue;
            }
            if (numbers.size() == size) {
                return new PageOfNumbers(numbers, Pages.afterKey(scope, numbers.get(size - 1).id()));
            }
            numbers.add(number);
        }
        return new PageOfNumbers(numbers, null);
    }

    private static Predicate<PhoneNumberRecord> filters(List<String> countries, List<String> types, String prefix) {
        return n -> (countries.isEmpty() || countries.contains(n.countryCode()))
                && (types.isEmpty() || types.contains(n.type()))
                && (prefix == null || n.phoneNumber().startsWith(prefix));
    }

    /** The model allows a prefix without '+'; numbers are stored in E.164, which always has it. */
    private static String withPlus(String prefix) {
        return prefix == null || prefix.startsWith("+") ? prefix : "+" + prefix;
    }
}
