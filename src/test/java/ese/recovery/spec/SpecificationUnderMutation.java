package ese.recovery.spec;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The same specification as {@link SpecificationIT}, as PIT runs it against each mutant of the model
 * ({@code ./mvnw -B -Pmutation ...}, see the README): every feature under {@code features/}, each
 * scenario one test, so PIT runs only the scenarios that reach a mutated line. Only the summary
 * plugin: a mutant's run must not overwrite the reports of the build. PIT leaves out classes named
 * {@code *IT}, hence this second name; neither Surefire nor Failsafe picks it up. Through the model
 * driver; {@link SpecificationThroughCliUnderMutation} runs the same features through eserecover.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "ese.recovery.spec")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class SpecificationUnderMutation {
    @BeforeSuite
    static void throughTheModel() {
        System.setProperty("ese.driver", "model");
        System.setProperty(World.PER_PROCESS, "true");
    }
}
