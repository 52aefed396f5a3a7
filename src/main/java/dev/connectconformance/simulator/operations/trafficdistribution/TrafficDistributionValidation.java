package dev.connectconformance.simulator.operations.trafficdistribution;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.SignInDistribution;

/**
 * The rules an UpdateTrafficDistribution request must meet (TDG-07, TDG-04), checked before anything changes:
 * every distribution names exactly the group's two regions, once each; percentages are steps of 10 adding up to
 * 100; only the default group takes a sign-in distribution, and it must leave agents a region to sign in to.
 * Each failure says which rule it broke.
 */
final class TrafficDistributionValidation {

    private TrafficDistributionValidation() {
    }

    /** A percentage distribution (telephony or agents) as region to percentage, in the order given. */
    static Map<String, Integer> percentages(String config, List<Distribution> distributions,
                                            TrafficDistributionGroupRecord group) {
        Map<String, Integer> byRegion = byRegion(config, distributions, Distribution::region, group);
        distributions.forEach(d -> {
            if (d.percentage() % 10 != 0) {
                throw ConnectError.invalidRequest(config + ": the percentage for " + d.region() + " is "
                        + d.percentage() + "; percentages must be in steps of 10");
            }
            byRegion.put(d.region(), d.percentage());
        });
        int total = byRegion.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            throw ConnectError.invalidRequest(config + ": the percentages add up to " + total
                    + "; they must add up to 100");
        }
        return byRegion;
    }

    /** A sign-in distribution as region to enabled; accepted only on the group ReplicateInstance created. */
    static Map<String, Boolean> signIn(List<SignInDistribution> distributions, TrafficDistributionGroupRecord group) {
        if (!group.isDefault()) {
            throw ConnectError.invalidRequest("SignInConfig can only be changed on the default traffic "
                    + "distribution group of the instance; " + group.id() + " is not the default group");
        }
        Map<String, Boolean> byRegion = byRegion("SignInConfig", distributions, SignInDistribution::region, group);
        distributions.forEach(d -> byRegion.put(d.region(), d.enabled()));
        if (!byRegion.containsValue(Boolean.TRUE)) {
            throw ConnectError.invalidRequest("SignInConfig: sign-in must stay enabled in at least one region");
        }
        return byRegion;
    }

    /** Checks that the distributions name each of the group's regions exactly once, and nothing else. */
    private static <D, V> Map<String, V> byRegion(String config, List<D> distributions, Function<D, String> region,
                                                  TrafficDistributionGroupRecord group) {
        Map<String, V> seen = new LinkedHashMap<>();
        for (D distribution : distributions) {
            String name = region.apply(distribution);
            if (!group.regions().contains(name)) {
                throw ConnectError.invalidRequest(config + ": region " + name + " is not a region of the traffic "
                        + "distribution group; it must name exactly " + regions(group));
            }
            if (seen.containsKey(name)) {
                throw ConnectError.invalidRequest(config + ": region " + name + " is named more than once");
            }
            seen.put(name, null);
        }
        if (seen.size() != group.regions().size()) {
            throw ConnectError.invalidRequest(config + ": the distribution must name both regions of the traffic "
                    + "distribution group, " + regions(group) + "; it names " + seen.keySet());
        }
        return seen;
    }

    private static String regions(TrafficDistributionGroupRecord group) {
        return group.homeRegion() + " and " + group.linkedRegion();
    }
}
