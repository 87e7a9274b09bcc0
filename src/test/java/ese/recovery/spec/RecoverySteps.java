package ese.recovery.spec;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.Page;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.Workload;
import ese.recovery.jet.JetError;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What recovery did, read from its result and from the database file. */
public class RecoverySteps {
    private final World world;

    public RecoverySteps(World world) {
        this.world = world;
    }

    @Then("soft recovery replays generations {generation} to {generation}, in order")
    public void softRecoveryReplays(Integer low, Integer high) {
        assertThat(world.lastRecovery.replayedGenerations()).as("generations replayed")
                .containsExactlyElementsOf(IntStream.rangeClosed(low, high).boxed().toList());
        assertThat(world.lastRecovery.succeeded()).as("%s", world.lastRecovery).isTrue();
    }

    @Then("soft recovery fails with {jetError}")
    public void softRecoveryFailsWith(JetError error) {
        assertThat(world.lastRecovery.error()).as("%s", world.lastRecovery).contains(error);
    }

    @Then("the engine reports event {int} with error {jetError}")
    public void theEngineReportsEvent(int id, JetError error) {
        assertThat(world.lastRecovery.events()).as("events")
                .anySatisfy(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.type()).isEqualTo(EngineEvent.Type.ERROR);
                    assertThat(e.error()).contains(error);
                    assertThat(e.source()).isEqualTo(world.config().profile().eventSource());
                });
    }

    @Then("every committed transaction is in the database")
    public void everyCommittedTransactionIsInTheDatabase() {
        Map<Integer, String> pages = pagesByNumber();
        assertThat(world.committed).isNotEmpty();
        for (Workload.Committed c : world.committed) {
            assertThat(pages.get(c.page())).as("page %d of %s", c.page(), c.label()).isEqualTo(c.label());
        }
    }

    @Then("the uncommitted transaction is not in the database")
    public void theUncommittedTransactionIsNot() {
        Map<Integer, String> pages = pagesByNumber();
        for (int page : world.uncommittedPages) {
            assertThat(pages.getOrDefault(page, "")).as("page %d", page).isEmpty();
        }
    }

    @Then("after recovery the database header shows State {string} and Log Required {string}")
    public void afterRecoveryTheHeaderShows(String state, String logRequired) {
        DatabaseHeader h = world.headerAfterRecovery.orElseThrow(() -> new AssertionError("recovery did not succeed: " + world.lastRecovery));
        assertThat(h.state().shown()).isEqualTo(state);
        assertThat(h.logRequired()).startsWith(logRequired + " ");
    }

    @Then("the database header shows State {string} and Log Required {string}")
    public void theDatabaseHeaderShows(String state, String logRequired) {
        DatabaseHeader h = DatabaseFile.readHeader(world.disk(), world.config().databaseFile());
        assertThat(h.state().shown()).isEqualTo(state);
        assertThat(h.logRequired()).startsWith(logRequired + " ");
    }

    private Map<Integer, String> pagesByNumber() {
        List<Page> pages = world.databasePages();
        return pages.stream().collect(Collectors.toMap(Page::number, Page::text));
    }
}
