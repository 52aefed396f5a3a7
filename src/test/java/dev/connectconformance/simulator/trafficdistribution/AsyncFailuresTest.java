package dev.connectconformance.simulator.trafficdistribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.faults.AsyncFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The store behind TDG-02's failure states: armed per operation, used up one completion at a time. */
class AsyncFailuresTest {

    private final AsyncFailures failures = new AsyncFailures();

    @Test
    void failuresAreUsedUpPerOperation() {
        failures.arm("CreateTrafficDistributionGroup", 2);
        failures.arm("CreateTrafficDistributionGroup", 1);

        assertThat(failures.failNext("DeleteTrafficDistributionGroup")).isFalse();
        assertThat(failures.failNext("CreateTrafficDistributionGroup")).isTrue();
        assertThat(failures.armed()).containsEntry("CreateTrafficDistributionGroup", 2);
        assertThat(failures.failNext("CreateTrafficDistributionGroup")).isTrue();
        assertThat(failures.failNext("CreateTrafficDistributionGroup")).isTrue();
        assertThat(failures.failNext("CreateTrafficDistributionGroup")).isFalse();
        assertThat(failures.armed()).isEmpty();
    }

    @Test
    void concurrentCompletionsUseEachArmedFailureExactlyOnce() throws Exception {
        failures.arm("CreateTrafficDistributionGroup", 100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(() -> {
                    int failed = 0;
                    for (int i = 0; i < 50; i++) {
                        failed += failures.failNext("CreateTrafficDistributionGroup") ? 1 : 0;
                    }
                    return failed;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(workers)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void armingNeedsAnOperationAndAPositiveCount() {
        assertThatThrownBy(() -> failures.arm(" ", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'operation' is required");
        assertThatThrownBy(() -> failures.arm("CreateTrafficDistributionGroup", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThat(failures.armed()).isEmpty();
    }
}
