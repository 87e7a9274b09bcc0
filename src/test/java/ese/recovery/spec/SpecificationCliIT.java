package ese.recovery.spec;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The same specification, every feature, run through the command-line tool as a process: Failsafe's
 * {@code specification-cli} execution runs this class with {@code -Dese.driver=cli} (see the pom and
 * {@link SystemUnderTest}). Its reports go to {@code reports/cli/}; the Allure report is the model run's.
 * Scenario folders are left in {@code target/scenarios-cli/}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "ese.recovery.spec")
@ConfigurationParameter(
        key = PLUGIN_PROPERTY_NAME,
        value = "summary,"
                + "html:reports/cli/cucumber.html,"
                + "junit:reports/cli/cucumber-junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class SpecificationCliIT {
}
