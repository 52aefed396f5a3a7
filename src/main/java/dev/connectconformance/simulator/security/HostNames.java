package dev.connectconformance.simulator.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names as a browser would send them, judged without asking DNS: asking would let a rebinding attacker
 * answer. {@code localhost} and loopback IP literals name this machine; any other name might point anywhere.
 */
public final class HostNames {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HostNames() {
    }

    /** The host part of a Host header or an origin's authority: no port, no IPv6 brackets, lower case. */
    public static String hostOf(String authority) {
        String value = authority.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? value : value.substring(1, close);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** {@code localhost}, 127.0.0.0/8 or ::1, spelled literally. */
    public static boolean isLoopbackName(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (IPV4.matcher(host).matches()) {
            String[] octets = host.split("\\.");
            return octets[0].equals("127") && Arrays.stream(octets).allMatch(o -> Integer.parseInt(o) <= 255);
        }
        // With a colon, InetAddress parses an IPv6 literal and never asks DNS.
        return host.contains(":") && ipv6Loopback(host);
    }

    /** Whether an address to bind is loopback (a name is resolved: it comes from the person starting us). */
    public static boolean isLoopbackBind(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean ipv6Loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
