package dev.connectconformance.suite;

import org.junit.platform.suite.api.ConfigurationParametersResource;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The feature suite under Maven: every scenario under {@code features/}, with the configuration the command line
 * uses too ({@link SuiteLauncher#CONFIGURATION}). {@code -Dcucumber.filter.tags=...} selects a subset and
 * {@code -Dconformance.target=simulator|aws} the backend.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParametersResource(SuiteLauncher.CONFIGURATION)
public class ConformanceSuite {
}
