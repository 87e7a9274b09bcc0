package ese.recovery.spec;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.qameta.allure.Allure;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attaches to the scenario's {@code When} step, in the Allure report, the scenario folder as it was
 * just before the step and just after it ({@link FolderSnapshot}): the listing, the database header,
 * checkpoint and log dumps, the registry and event logs. A Cucumber plugin, because only the run's
 * events tell which step is the When; it is listed before Allure's plugin in SpecificationIT, so the
 * When step is still open in Allure when the step finishes.
 */
public class WhenSnapshots implements ConcurrentEventListener {
    private final Map<UUID, Map<String, String>> before = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepStarted.class, e -> {
            if (isWhen(e.getTestStep())) {
                before.put(e.getTestStep().getId(), FolderSnapshot.of(folder(e.getTestCase())));
            }
        });
        publisher.registerHandlerFor(TestStepFinished.class, e -> {
            Map<String, String> was = before.remove(e.getTestStep().getId());
            if (was == null) {
                return;
            }
            was.forEach((name, text) -> Allure.addAttachment("Before the When: " + name, "text/plain", text, ".txt"));
            FolderSnapshot.of(folder(e.getTestCase()))
                    .forEach((name, text) -> Allure.addAttachment("After the When: " + name, "text/plain", text, ".txt"));
        });
    }

    private static boolean isWhen(TestStep step) {
        return step instanceof PickleStepTestStep s && s.getStep().getKeyword().trim().equals("When");
    }

    private static Path folder(TestCase testCase) {
        return World.folderFor(testCase.getName(), testCase.getLocation().getLine());
    }
}
