package dev.connectconformance.simulator.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The token buckets' arithmetic on a clock the test holds: counts of admitted calls, never wall-time rates. */
class ApiThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final ApiThrottle throttle = new ApiThrottle(ThrottleMode.AWS);

    private long admitted(int calls, String operation, Instant at) {
        return IntStream.range(0, calls).filter(i -> throttle.admits("111122223333", "us-east-1", operation, at)).count();
    }

    @Test
    void aBurstOfFiveIsAdmittedThenTwoASecond() {
        assertThat(admitted(8, "ListInstances", T0)).isEqualTo(5);
        assertThat(admitted(3, "ListInstances", T0.plusMillis(499))).isZero();
        assertThat(admitted(3, "ListInstances", T0.plusMillis(500))).isEqualTo(1);
        assertThat(admitted(3, "ListInstances", T0.plusMillis(1500))).isEqualTo(2);
    }

    @Test
    void aLongPauseRefillsOnlyUpToTheBurst() {
        admitted(5, "DescribeInstance", T0);
        assertThat(admitted(20, "DescribeInstance", T0.plus(Duration.ofHours(1)))).isEqualTo(5);
    }

    @Test
    void operationsWithTheirOwnFiguresUseThem() {
        assertThat(admitted(20, "GetMetricData", T0)).isEqualTo(8);
        assertThat(admitted(20, "GetMetricData", T0.plusSeconds(1))).isEqualTo(5);
    }

    @Test
    void accountsRegionsAndOperationsHaveBucketsOfTheirOwn() {
        assertThat(admitted(5, "ListInstances", T0)).isEqualTo(5);
        assertThat(throttle.admits("111122223333", "us-west-2", "ListInstances", T0)).isTrue();
        assertThat(throttle.admits("444455556666", "us-east-1", "ListInstances", T0)).isTrue();
        assertThat(throttle.admits("111122223333", "us-east-1", "DescribeInstance", T0)).isTrue();
        assertThat(throttle.admits("111122223333", "us-east-1", "ListInstances", T0)).isFalse();
    }

    @Test
    void aClockThatGoesBackAddsNothing() {
        admitted(5, "ListInstances", T0);
        assertThat(admitted(5, "ListInstances", T0.minusSeconds(60))).isZero();
        assertThat(admitted(5, "ListInstances", T0.plusMillis(500))).isEqualTo(1);
    }

    @Test
    void offAdmitsEverythingAndSwitchingStartsWithFullBuckets() {
        admitted(5, "ListInstances", T0);
        throttle.mode(ThrottleMode.OFF);
        assertThat(admitted(1_000, "ListInstances", T0)).isEqualTo(1_000);
        assertThat(throttle.size()).isZero();
        throttle.mode(ThrottleMode.AWS);
        assertThat(admitted(8, "ListInstances", T0)).isEqualTo(5);
    }

    @Test
    void bucketsAreBoundedFullOnesMakeRoomAndBusyOnesAreKept() {
        ApiThrottle small = new ApiThrottle(ThrottleMode.AWS, 2);
        assertThat(small.admits("111122223333", "r-1", "ListInstances", T0)).isTrue();
        assertThat(small.admits("111122223333", "r-2", "ListInstances", T0)).isTrue();
        // both buckets are in use: a call that needs a third is throttled rather than grow the table
        assertThat(small.admits("111122223333", "r-3", "ListInstances", T0)).isFalse();
        assertThat(small.size()).isEqualTo(2);
        // a second later both are full again, which is the same as no bucket: they make room
        assertThat(small.admits("111122223333", "r-3", "ListInstances", T0.plusSeconds(1))).isTrue();
        assertThat(small.size()).isEqualTo(1);
    }

    @Test
    void concurrentCallersShareOneBucketWithoutLostUpdates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(() -> admitted(200, "ListInstances", T0));
            }
            long total = 0;
            for (Future<Long> each : pool.invokeAll(callers)) {
                total += each.get();
            }
            assertThat(total).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aModeIsOffOrAws() {
        assertThat(ThrottleMode.parse(" AWS ")).isEqualTo(ThrottleMode.AWS);
        assertThatThrownBy(() -> ThrottleMode.parse("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("throttle mode must be 'off' or 'aws', not 'fast'");
    }
}
