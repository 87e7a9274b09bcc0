package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.explore.Action;
import ese.recovery.explore.Explorer;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The crash and damage explorer, run through the model on an in-memory file system. */
public class ExplorationSteps {
    private final World world;
    private Scenario scenario;
    private EngineProfile profile;
    private long seed;
    private int actions;

    public ExplorationSteps(World world) {
        this.world = world;
    }

    @Before
    public void scenario(Scenario s) {
        scenario = s;
    }

    @Given("an {engine} instance on a disk that can lose power, explored with seed {long}")
    public void anInstanceOnAFaultyDisk(EngineProfile engine, long seed) {
        this.profile = engine;
        this.seed = seed;
    }

    @Given("operator workloads of up to {int} action(s) over the whole alphabet")
    public void workloadsOfUpTo(int actions) {
        this.actions = actions;
    }

    @When("every workload is run, crashed at every persistence point and damaged in every kind")
    public void everyWorkloadIsExplored() {
        world.exploration = new Explorer(profile, seed, actions, 2, Arrays.asList(Action.values())).explore();
        scenario.attach(world.exploration.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "Crash exploration counts");
    }

    @Then("no explored state breaks an invariant")
    public void noStateBreaksAnInvariant() {
        assertThat(world.exploration.states()).as("states checked").isPositive();
        assertThat(world.exploration.violations()).as("violations (each message starts with its replay case)").isEmpty();
    }
}
