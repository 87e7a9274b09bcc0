package ese.recovery.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** The server's power: a disk that keeps only what was flushed, and the power failing (features/power-failure). */
public class PowerSteps {
    private final World world;

    public PowerSteps(World world) {
        this.world = world;
    }

    @Given("a server whose disk keeps only what was flushed when the power fails")
    public void aDiskThatKeepsOnlyWhatWasFlushed() {
        world.diskCanLosePower();
    }

    @When("the power fails")
    public void thePowerFails() {
        world.powerFails();
    }
}
