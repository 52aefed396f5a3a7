package dev.connectconformance.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.plan.PlanFile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff's bounds and jitter, and the ClientToken's determinism. */
class BackoffAndTokensTest {

    private static final String NUMBER = "arn:aws:connect:eu-central-1:210987654321:phone-number/n-1";
    private static final String GROUP = "arn:aws:connect:eu-central-1:210987654321:traffic-distribution-group/g-1";

    @Test
    void delaysDoubleUpToTheCapAndJitterTakesAtMostHalfOff() {
        Backoff lowest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4), 8, () -> 0.0);
        Backoff highest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4), 8, () -> 0.999_999);

        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(lowest::delay).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1000L, 2000L, 2000L, 2000L);
        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(highest::delay).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 4000L, 4000L);
        assertThat(lowest.longestWait()).isEqualTo(Duration.ofMillis(500 + 1000 + 2000 + 4000 * 4));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), 3, Math::random).delay(62))
                .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void aBackoffWithoutAttemptsOrWithACapBelowItsStartIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, Math::random))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < initial <= max");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Math::random))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one attempt");
    }

    @Test
    void theTokenIsTheSameForTheSameMoveAndDiffersByNumberGroupPlanAndAttempt() {
        String digest = ClientTokens.planDigest(PlanFile.parse("a.txt", "# wave 1\n" + NUMBER + ", Sales\n"));
        String token = ClientTokens.of(NUMBER, GROUP, digest, 0);

        assertThat(token).isEqualTo(ClientTokens.of(NUMBER, GROUP, digest, 0)).hasSize(36);
        assertThat(ClientTokens.planDigest(PlanFile.parse("elsewhere/b.txt", NUMBER + ",Sales\n\n")))
                .as("comments, blanks, spaces and the file name do not change the plan").isEqualTo(digest);
        assertThat(ClientTokens.planDigest(PlanFile.parse("a.txt", NUMBER + ",Support\n"))).isNotEqualTo(digest);
        assertThat(ClientTokens.of(NUMBER.replace("n-1", "n-2"), GROUP, digest, 0)).isNotEqualTo(token);
        assertThat(ClientTokens.of(NUMBER, GROUP.replace("g-1", "g-2"), digest, 0)).isNotEqualTo(token);
        assertThat(ClientTokens.of(NUMBER, GROUP, digest, 1)).isNotEqualTo(token);
    }
}
