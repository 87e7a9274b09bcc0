package ese.recovery.bench.noop;

import io.cucumber.java.en.Given;

/** One step definition that does nothing: what a scenario costs the framework alone. */
public class NoOpSteps {
    @Given("step {int} of scenario {int}")
    public void nothing(int step, int scenario) {
        // nothing: the no-op scenarios measure the runner and its plugins
    }
}
