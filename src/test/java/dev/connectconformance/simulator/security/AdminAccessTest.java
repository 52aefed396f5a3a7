package dev.connectconformance.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The admin API's rules on their own: loopback or bound Host, no foreign page, the token when there is one. */
class AdminAccessTest {

    private static final String TOKEN = "0123456789abcdef-token";
    private final AdminAccess loopback = new AdminAccess("127.0.0.1", null);
    private final AdminAccess withToken = new AdminAccess("0.0.0.0", TOKEN);

    @Test
    void loopbackHostsWithoutAPageAreLetThrough() {
        for (String host : new String[] {"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.1.2.3"}) {
            assertThat(loopback.refusal(host, null, null, null)).as(host).isEmpty();
        }
        assertThat(new AdminAccess("192.168.1.20", null).refusal("192.168.1.20:8080", null, null, null)).isEmpty();
    }

    @Test
    void aRebindingHostIsRefusedWithoutAskingDns() {
        for (String host : new String[] {"evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example",
                "0x7f000001", "[::ffff:8.8.8.8]", "999.0.0.1"}) {
            assertThat(loopback.refusal(host, null, null, null)).as(host).get().asString()
                    .contains("loopback host");
        }
        assertThat(loopback.refusal(null, null, null, null)).get().asString().contains("requires a Host header");
    }

    @Test
    void aPageOfAnotherOriginIsRefused() {
        assertThat(loopback.refusal("127.0.0.1:8080", "https://evil.example", null, null)).get().asString()
                .contains("refuses requests from web pages (Origin https://evil.example)");
        assertThat(loopback.refusal("127.0.0.1:8080", "null", null, null)).isPresent();
        assertThat(loopback.refusal("127.0.0.1:8080", "http://127.0.0.1:9999", null, null)).isPresent();
        assertThat(loopback.refusal("127.0.0.1:8080", null, "cross-site", null)).get().asString()
                .contains("Sec-Fetch-Site cross-site");
        assertThat(loopback.refusal("127.0.0.1:8080", null, "same-site", null)).isPresent();
        // The simulator's own origin and a typed-in address are not foreign.
        assertThat(loopback.refusal("127.0.0.1:8080", "http://127.0.0.1:8080", "same-origin", null)).isEmpty();
        assertThat(loopback.refusal("127.0.0.1:8080", null, "none", null)).isEmpty();
    }

    @Test
    void aConfiguredTokenIsRequiredAndVouchesForAnyHost() {
        assertThat(withToken.refusal("127.0.0.1:8080", null, null, null)).get().asString()
                .contains("requires its admin token");
        assertThat(withToken.refusal("127.0.0.1:8080", null, null, "Bearer wrong-token-0123456")).isPresent();
        assertThat(withToken.refusal("127.0.0.1:8080", null, null, "Basic " + TOKEN)).isPresent();
        assertThat(withToken.refusal("127.0.0.1:8080", null, null, "Bearer " + TOKEN)).isEmpty();
        assertThat(withToken.refusal("simulator:8080", null, null, "Token " + TOKEN)).isEmpty();
        assertThat(withToken.refusal("simulator:8080", "https://evil.example", null, "Bearer " + TOKEN)).isPresent();
    }

    @Test
    void generatedTokensAreLongAndDiffer() {
        String first = AdminToken.generate();
        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(AdminToken.generate());
        assertThat(AdminToken.validated(first)).isEqualTo(first);
    }
}
