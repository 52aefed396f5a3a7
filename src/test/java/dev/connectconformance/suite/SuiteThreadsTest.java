package dev.connectconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

class SuiteThreadsTest {

    private final String saved = System.getProperty(SuiteThreads.PROPERTY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SuiteThreads.PROPERTY);
        } else {
            System.setProperty(SuiteThreads.PROPERTY, saved);
        }
    }

    @Test
    void oneThreadPerProcessorUnlessToldOtherwise() {
        System.clearProperty(SuiteThreads.PROPERTY);
        assertThat(SuiteThreads.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void thePoolNeverGrowsBeyondTheThreadsAskedFor() {
        System.setProperty(SuiteThreads.PROPERTY, " 3 ");
        ParallelExecutionConfiguration configuration = new SuiteThreads().createConfiguration(null);
        assertThat(configuration.getParallelism()).isEqualTo(3);
        assertThat(configuration.getMaxPoolSize()).isEqualTo(3);
        assertThat(configuration.getCorePoolSize()).isEqualTo(3);
    }

    @Test
    void aNumberOfThreadsBelowOneOrNotANumberIsRefused() {
        for (String threads : new String[] {"0", "-1", "two", ""}) {
            assertThatThrownBy(() -> SuiteThreads.parse(threads))
                    .hasMessageContaining("conformance.threads must be a whole number of at least 1");
        }
    }
}
