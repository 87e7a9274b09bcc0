package ese.recovery.bench;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Cucumber plugin that records how many Gherkin steps each scenario of a run had, and whether it passed. */
public class ScenarioShape implements ConcurrentEventListener {
    static final List<Integer> STEPS = Collections.synchronizedList(new ArrayList<>());
    static final List<String> FAILED = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            STEPS.add((int) e.getTestCase().getTestSteps().stream().filter(s -> s instanceof PickleStepTestStep).count());
            if (e.getResult().getStatus() != Status.PASSED) {
                FAILED.add(e.getTestCase().getName() + ": " + e.getResult().getStatus());
            }
        });
    }
}
