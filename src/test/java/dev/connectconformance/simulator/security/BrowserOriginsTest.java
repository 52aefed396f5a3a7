package dev.connectconformance.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which web pages may call the API: none, unless their origin was named with --allow-origin. */
class BrowserOriginsTest {

    private final BrowserOrigins none = new BrowserOrigins(List.of());
    private final BrowserOrigins app = new BrowserOrigins(List.of("http://localhost:3000/"));

    @Test
    void clientsWithoutAnOriginAreNoPages() {
        assertThat(none.refusal(null, null)).isEmpty();
        assertThat(none.refusal(null, "none")).isEmpty();
    }

    @Test
    void pagesAreRefusedUnlessAllowed() {
        assertThat(none.refusal("https://evil.example", null)).get().asString()
                .contains("Origin https://evil.example").contains("--allow-origin https://evil.example");
        assertThat(none.refusal(null, "cross-site")).get().asString().contains("Sec-Fetch-Site cross-site");
        assertThat(app.refusal("http://localhost:3000", "same-site")).isEmpty();
        assertThat(app.refusal("HTTP://LOCALHOST:3000", null)).isEmpty();
        assertThat(app.refusal("http://localhost:3001", null)).isPresent();
        assertThat(app.refusal("null", null)).isPresent();
    }

    @Test
    void anAllowedOriginIsSchemeHostAndPortOnly() {
        assertThat(BrowserOrigins.normalised("http://LocalHost:3000/")).isEqualTo("http://localhost:3000");
        for (String bad : new String[] {"localhost:3000", "*", "http://localhost:3000/app", "ftp://x", "http://",
                "http://a b"}) {
            assertThatThrownBy(() -> BrowserOrigins.normalised(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an origin");
        }
    }
}
