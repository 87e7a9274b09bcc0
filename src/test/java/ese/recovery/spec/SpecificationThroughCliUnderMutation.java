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
 * The specification as {@link SpecificationCliIT} runs it, through eserecover's command line, but in
 * this JVM ({@code -Dese.cli=in-process}), as PIT runs it against each mutant: the tool's own code
 * (ese.recovery.cli, and the advisor and dumps it prints) is then reached by the scenarios too.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "ese.recovery.spec")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class SpecificationThroughCliUnderMutation {
    @BeforeSuite
    static void throughTheTool() {
        System.setProperty("ese.driver", "cli");
        System.setProperty("ese.cli", CliDriver.IN_PROCESS);
        System.setProperty(World.PER_PROCESS, "true");
    }
}
