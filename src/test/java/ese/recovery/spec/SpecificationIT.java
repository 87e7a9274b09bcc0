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
 * The executable specification: every feature file under {@code features/}, run by Failsafe
 * ({@code ./mvnw verify}, or {@code ./mvnw verify -Pspec} for the specification alone).
 *
 * <p>Reports land in {@code reports/} (see {@code reports/README.md}). Undefined and pending
 * steps fail their scenario, and therefore the build. The Cucumber messages in
 * {@code target/cucumber-messages.ndjson} feed the traceability check run after it
 * ({@code ese.recovery.docs.TraceabilityIT}). {@link WhenSnapshots} must stay listed before Allure's
 * plugin (it attaches to the When step while Allure still has it open), {@link AllureBehaviours}
 * after it (it labels the test case Allure has just opened). Run a subset with e.g.
 * {@code ./mvnw verify -Pspec -Dcucumber.filter.tags="@kb812592"}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "ese.recovery.spec")
@ConfigurationParameter(
        key = PLUGIN_PROPERTY_NAME,
        value = "summary,"
                + "html:reports/cucumber.html,"
                + "junit:reports/cucumber-junit.xml,"
                + "message:target/cucumber-messages.ndjson,"
                + "ese.recovery.spec.AllureEnvironment,"
                + "ese.recovery.spec.WhenSnapshots,"
                + "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
                + "ese.recovery.spec.AllureBehaviours")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class SpecificationIT {
}
