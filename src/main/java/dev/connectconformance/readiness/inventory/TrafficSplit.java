package dev.connectconformance.readiness.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A group's distribution as GetTrafficDistribution shows it: telephony and agent shares, sign-in per region. */
public record TrafficSplit(Map<String, Integer> telephony, Map<String, Boolean> signIn, Map<String, Integer> agents) {

    public TrafficSplit {
        telephony = ordered(telephony);
        signIn = ordered(signIn);
        agents = ordered(agents);
    }

    public int telephonyTotal() {
        return telephony.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
