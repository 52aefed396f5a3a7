package dev.connectconformance.conformance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The feature suite: every scenario under {@code features/}, run by Cucumber on the JUnit Platform. Glue,
 * plugins and parallelism live in {@code junit-platform.properties}; {@code -Dcucumber.filter.tags=...}
 * selects a subset and {@code -Dconformance.target=simulator|aws} the backend.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class ConformanceSuite {
}
