package ese.recovery.spec;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.Page;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.log.LogFile;
import ese.recovery.engine.Workload;
import ese.recovery.jet.JetError;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

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

    @When("eseutil \\/r is run on the folder")
    public void eseutilRIsRun() {
        world.lastRecovery = world.sut.softRecovery(world, false);
    }

    @When("eseutil \\/r \\/i is run on the folder")
    public void eseutilRIIsRun() {
        world.lastRecovery = world.sut.softRecovery(world, true);
    }

    @Then("{kind} recovery completes")
    public void recoveryCompletes(RecoveryResult.Kind kind) {
        assertThat(world.lastRecovery.kind()).isEqualTo(kind);
        assertThat(world.lastRecovery.succeeded()).as("%s", world.lastRecovery).isTrue();
    }

    @Then("the engine reports event {int}, a warning")
    public void theEngineReportsWarning(int id) {
        assertThat(world.lastRecovery.events()).as("events")
                .anySatisfy(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.type()).isEqualTo(EngineEvent.Type.WARNING);
                });
    }

    @Then("the store's error shows as {word} in the Information Store's events")
    public void theErrorShowsAs(String hex) {
        assertThat(world.lastRecovery.error()).as("%s", world.lastRecovery).hasValueSatisfying(e -> assertThat(e.hex()).isEqualTo(hex));
    }

    @Then("{kind} recovery replays generations {generation} to {generation}, in order")
    public void recoveryReplays(RecoveryResult.Kind kind, Integer low, Integer high) {
        assertThat(world.lastRecovery.kind()).isEqualTo(kind);
        assertThat(world.lastRecovery.replayedGenerations()).as("generations replayed")
                .containsExactlyElementsOf(IntStream.rangeClosed(low, high).boxed().toList());
        assertThat(world.lastRecovery.succeeded()).as("%s", world.lastRecovery).isTrue();
    }

    @Then("{kind} recovery fails with {jetError}")
    public void recoveryFailsWith(RecoveryResult.Kind kind, JetError error) {
        assertThat(world.lastRecovery.kind()).isEqualTo(kind);
        assertThat(world.lastRecovery.error()).as("%s", world.lastRecovery).contains(error);
    }

    @Then("{kind} recovery fails on {log} with {jetError}")
    public void recoveryFailsOnWith(RecoveryResult.Kind kind, String log, JetError error) {
        recoveryFailsWith(kind, error);
        assertThat(world.lastRecovery.file()).hasValueSatisfying(f -> assertThat(f.getFileName().toString()).isEqualTo(log));
    }

    @Then("the engine reports event {int} with error {jetError} for {log}")
    public void theEngineReportsEventFor(int id, JetError error, String log) {
        assertThat(world.lastRecovery.events()).as("events")
                .anySatisfy(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.error()).contains(error);
                    assertThat(e.text()).contains(log);
                });
    }

    @Then("the work committed in generations {generation} to {generation} is in the database")
    public void theWorkCommittedInIsInTheDatabase(Integer low, Integer high) {
        Map<Integer, String> pages = pagesByNumber();
        List<Workload.Committed> work = world.committed.stream().filter(c -> c.generation() >= low && c.generation() <= high).toList();
        assertThat(work).as("work committed in those generations").isNotEmpty();
        for (Workload.Committed c : work) {
            assertThat(pages.get(c.page())).as("page %d of %s", c.page(), c.label()).isEqualTo(c.label());
        }
    }

    @Then("none of the work committed from generation {generation} on is in the database")
    public void noneOfTheWorkFromIsInTheDatabase(Integer from) {
        Map<Integer, String> pages = pagesByNumber();
        List<Workload.Committed> work = world.committed.stream().filter(c -> c.generation() >= from).toList();
        assertThat(work).as("work committed from that generation on").isNotEmpty();
        for (Workload.Committed c : work) {
            assertThat(pages.get(c.page())).as("page %d of %s", c.page(), c.label()).isNotEqualTo(c.label());
        }
    }

    @Then("the database header requires logs {string}, the highest created when {log} was created")
    public void theDatabaseHeaderRequires(String range, String log) {
        DatabaseHeader h = DatabaseFile.readHeader(world.disk(), world.config().databaseFile());
        assertThat(h.state().shown()).isEqualTo("Dirty Shutdown");
        assertThat(h.logRequired()).isEqualTo(range);
        assertThat(h.logRequiredHighCreated()).isEqualTo(LogFile.readHeader(world.disk(), world.file(log)).created());
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
        SystemUnderTest.HeaderShown h = world.headerAfterRecovery.orElseThrow(() -> new AssertionError("recovery did not succeed: " + world.lastRecovery));
        assertThat(h.state()).isEqualTo(state);
        assertThat(h.logRequired()).startsWith(logRequired + " ");
    }

    @Then("the database header shows State {string} and Log Required {string}")
    public void theDatabaseHeaderShows(String state, String logRequired) {
        DatabaseHeader h = DatabaseFile.readHeader(world.disk(), world.config().databaseFile());
        assertThat(h.state().shown()).isEqualTo(state);
        assertThat(h.logRequired()).startsWith(logRequired + " ");
    }

    @Then("the database holds pages 1 to {int}, each {int} bytes written by a committed transaction")
    public void theDatabaseHoldsPages(int count, int bytes) {
        Map<Integer, String> pages = pagesByNumber();
        assertThat(pages.keySet()).as("the database's pages").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(pages.values()).allSatisfy(text -> assertThat(text).hasSize(bytes).startsWith("transaction "));
    }

    private Map<Integer, String> pagesByNumber() {
        List<Page> pages = world.databasePages();
        return pages.stream().collect(Collectors.toMap(Page::number, Page::text));
    }
}
