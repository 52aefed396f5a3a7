package dev.connectconformance.suite.target.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Two scenarios that run at the same time on two worker threads do not see each other's simulator clock or
 * faults: what lets the suite run scenarios that watch IN_PROGRESS or inject faults side by side.
 */
class WorkerIsolationTest {

    @Test
    void scenariosOnTwoWorkersHaveASimulatorEach() {
        EngineTestKit.engine("cucumber")
                .configurationParameters(Map.of(
                        "cucumber.glue", "dev.connectconformance.suite.steps, dev.connectconformance.suite.target.workers",
                        "cucumber.publish.quiet", "true",
                        "cucumber.execution.parallel.enabled", "true",
                        "cucumber.execution.parallel.config.strategy", "fixed",
                        "cucumber.execution.parallel.config.fixed.parallelism", "2",
                        "cucumber.execution.parallel.config.fixed.max-pool-size", "2"))
                .selectors(selectClasspathResource("dev/connectconformance/suite/target/workers/two-workers.feature"))
                .execute()
                .testEvents()
                .assertThatEvents() // a failing scenario is listed with its assertion message
                .doNotHave(event(finishedWithFailure()))
                .haveExactly(2, event(finishedSuccessfully()));
        assertThat(WorkerIsolationSteps.ENDPOINTS).hasSize(2);
    }
}
