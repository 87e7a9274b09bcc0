package ese.recovery.spec;

import ese.recovery.host.EventLog;
import ese.recovery.host.EventRecord;
import ese.recovery.jet.JetError;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's Application and System event logs, read back from their files. */
public class EventLogSteps {
    private final World world;

    public EventLogSteps(World world) {
        this.world = world;
    }

    @Then("the {word} event log reports event {int} from {word} of type {word}, carrying {jetError}")
    public void theEventLogReportsEventCarrying(String log, int id, String source, String type, JetError error) {
        assertThat(reopened(log).records()).as("%s log", log).anySatisfy(e -> {
            assertEvent(e, id, source, type);
            assertThat(e.carries(error)).as("%s carries %s", e.description(), error).isTrue();
        });
    }

    @Then("the {word} event log reports event {int} from {word} of type {word}, naming {string}")
    public void theEventLogReportsEventNaming(String log, int id, String source, String type, String named) {
        assertThat(reopened(log).records()).as("%s log", log).anySatisfy(e -> {
            assertEvent(e, id, source, type);
            assertThat(e.description()).contains(named);
        });
    }

    @Then("the {word} event log reports no event {int}")
    public void theEventLogReportsNoEvent(String log, int id) {
        assertThat(reopened(log).records()).as("%s log", log).noneMatch(e -> e.id() == id);
    }

    private static void assertEvent(EventRecord e, int id, String source, String type) {
        assertThat(e.id()).isEqualTo(id);
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.type().shown()).isEqualTo(type);
    }

    /** The log as Event Viewer would read it now: from its file, checked. */
    private EventLog reopened(String name) {
        EventLog live = world.site.server.eventLog(name);
        assertThat(world.disk().exists(live.file())).as("the %s log's file %s", name, live.file()).isTrue();
        return EventLog.open(world.disk(), live.file(), name, world.site.server.clock(), world.site.server.computerName());
    }
}
