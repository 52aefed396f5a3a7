package dev.connectconformance.simulator.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.state.AccountState;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which copy of an account a read sees, on a clock the test holds; no copies at all without a delay. */
class PropagationDelayCopiesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final AccountState live = account();
    private final AtomicInteger copiesMade = new AtomicInteger();

    private static AccountState account() {
        return new AccountState("111122223333", 10, null);
    }

    private AccountState copy(AccountState of) {
        copiesMade.incrementAndGet();
        return account();
    }

    @Test
    void withoutADelayNothingIsCopiedAndReadsSeeTheLiveAccount() {
        PropagationDelay delay = new PropagationDelay(Duration.ZERO);
        delay.beforeWrite(live, T0, this::copy);
        assertThat(copiesMade).hasValue(0);
        assertThat(delay.visible(live, T0)).isSameAs(live);
        assertThat(delay.readTime(T0)).isEqualTo(T0);
    }

    @Test
    void aReadSeesTheOldestCopyInsideTheWindowUntilItHasPassed() {
        PropagationDelay delay = new PropagationDelay(Duration.ofSeconds(10));
        delay.beforeWrite(live, T0, this::copy);
        AccountState beforeFirst = delay.visible(live, T0);
        delay.beforeWrite(live, T0.plusSeconds(5), this::copy);
        assertThat(beforeFirst).isNotSameAs(live);
        assertThat(delay.visible(live, T0.plusSeconds(9))).isSameAs(beforeFirst);
        AccountState beforeSecond = delay.visible(live, T0.plusSeconds(10));
        assertThat(beforeSecond).isNotSameAs(beforeFirst).isNotSameAs(live);
        assertThat(delay.visible(live, T0.plusSeconds(15))).isSameAs(live);
        assertThat(delay.readTime(T0.plusSeconds(15))).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void copiesPerAccountAreBounded() {
        PropagationDelay delay = new PropagationDelay(Duration.ofHours(1));
        delay.beforeWrite(live, T0, this::copy);
        AccountState first = delay.visible(live, T0);
        for (int i = 1; i < PropagationDelay.MAX_COPIES_PER_ACCOUNT; i++) {
            delay.beforeWrite(live, T0.plusMillis(i), this::copy);
        }
        assertThat(delay.visible(live, T0.plusSeconds(1))).isSameAs(first);
        delay.beforeWrite(live, T0.plusSeconds(2), this::copy);
        assertThat(delay.visible(live, T0.plusSeconds(2))).isNotSameAs(first);
    }

    @Test
    void turningTheDelayOffForgetsEveryCopy() {
        PropagationDelay delay = new PropagationDelay(Duration.ofSeconds(10));
        delay.beforeWrite(live, T0, this::copy);
        delay.delay(Duration.ZERO);
        delay.delay(Duration.ofSeconds(10));
        assertThat(delay.visible(live, T0)).isSameAs(live);
        assertThatThrownBy(() -> delay.delay(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1h");
    }
}
