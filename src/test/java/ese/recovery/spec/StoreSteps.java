package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Information Store: creating work, stopping, bringing it online. */
public class StoreSteps {
    private final World world;

    public StoreSteps(World world) {
        this.world = world;
    }

    @Given("an {engine} store whose current log is generation {generation}")
    public void aStoreWhoseCurrentLogIs(EngineProfile engine, Integer generation) {
        world.useProfile(engine);
        Fixtures.storeWhoseCurrentLogIs(world, engine, generation);
    }

    @Given("an {engine} store whose log stream starts at generation {generation}, the lower logs truncated by backups")
    public void aStoreWhoseLogStreamStartsAt(EngineProfile engine, Integer generation) {
        world.useProfile(engine);
        world.store(Store.create(world.config(), generation));
        world.remember(world.workload().commit(3));
    }

    @Given("an {engine} store with circular logging whose current log is generation {generation}, its checkpoint advancing with every log")
    public void aStoreWithCircularLogging(EngineProfile engine, Integer generation) {
        world.useProfile(engine);
        world.useCircularLogging();
        world.store(Store.create(world.config()));
        theStoreGoesOnWithItsCheckpointAdvancing(generation);
    }

    @Given("the store goes on until generation {generation} is the current log, its checkpoint advancing with every log")
    public void theStoreGoesOnWithItsCheckpointAdvancing(Integer generation) {
        while (world.store().currentGeneration() < generation) {
            world.remember(world.workload().fillUntil(world.store().currentGeneration() + 1, 3));
            world.store().advanceCheckpoint();
        }
    }

    @Given("the store goes on until generation {generation} is the current log")
    public void theStoreGoesOnUntil(Integer generation) {
        world.remember(world.workload().fillUntil(generation, 3));
    }

    @Given("the store commits transactions that each rewrite {int} of the pages 1 to {int} with {int} bytes, until its logs have filled up to generation {generation}")
    public void theStoreRewritesPagesUntil(int pagesPerTransaction, int workingSet, int pageBytes, Integer generation) {
        world.workload().rewriteUntil(generation, workingSet, pagesPerTransaction, pageBytes);
    }

    @When("the store tries to start the next generation")
    public void theStoreTriesToStartTheNextGeneration() {
        try {
            world.store().rollLog();
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @Then("the next generation is refused with {jetError}")
    public void theNextGenerationIsRefusedWith(ese.recovery.jet.JetError error) {
        assertThat(world.lastFailure).as("the new generation's failure").isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
    }

    @Then("the store reports event {int} once, for generation {generation}, with {int} generations left")
    public void theStoreReportsEventOnce(int id, Integer generation, int left) {
        assertThat(world.store().events()).as("the store's events").filteredOn(e -> e.id() == id).singleElement()
                .satisfies(e -> assertThat(e.text()).contains(ese.recovery.log.LogNames.describe(generation))
                        .contains(" " + left + " generations are left"));
    }

    @Given("the checkpoint advances")
    public void theCheckpointAdvances() {
        world.store().advanceCheckpoint();
    }

    @Given("a transaction that has not committed, whose page the checkpoint has already written to the database")
    public void anUncommittedTransactionFlushed() {
        Store store = world.store();
        int page = store.nextFreePage();
        store.begin().write(page, "uncommitted work");
        store.advanceCheckpoint();
        world.uncommittedPages.add(page);
    }

    @Given("the store stops abnormally")
    public void theStoreStopsAbnormally() {
        world.store().crash();
    }

    @Given("the store is stopped cleanly")
    public void theStoreIsStoppedCleanly() {
        world.store().dismount();
    }

    @Given("the store stops abnormally while starting its next log, before {log} becomes {log}")
    public void theStoreStopsAbnormallyWhileRolling(String temporary, String current) {
        Store store = world.store();
        store.rollLog();
        store.crash();
        world.disk().rename(world.file(current), world.file(temporary));
    }

    @Given("the current log fills and the store starts the next generation")
    public void theCurrentLogFills() {
        world.store().rollLog();
    }

    @When("the store is asked to start a transaction")
    public void theStoreIsAskedToStartATransaction() {
        try {
            world.remember(world.workload().commit(1));
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @Then("the transaction commits")
    public void theTransactionCommits() {
        assertThat(world.lastFailure).as("the transaction's failure").isNull();
    }

    @Then("the transaction is refused with {jetError}")
    public void theTransactionIsRefusedWith(ese.recovery.jet.JetError error) {
        assertThat(world.lastFailure).as("the transaction's failure").isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
    }

    @Given("the database file is removed")
    public void theDatabaseFileIsRemoved() {
        world.disk().delete(world.config().databaseFile());
    }

    @Given("the primary copy of the database header is damaged")
    public void thePrimaryCopyOfTheDatabaseHeaderIsDamaged() {
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().databaseFile(), 20);
    }

    @Given("a file copy of the database is taken while the store runs")
    public void aFileCopyOfTheDatabaseIsTaken() {
        world.disk().createDirectories(world.aside());
        world.disk().create(world.aside().resolve(world.config().databaseFile().getFileName()), world.disk().read(world.config().databaseFile()));
    }

    @Given("the database is replaced by that copy")
    public void theDatabaseIsReplacedByThatCopy() {
        Path copy = world.aside().resolve(world.config().databaseFile().getFileName());
        Path staged = world.config().databaseFile().resolveSibling(copy.getFileName() + ".copying");
        world.disk().create(staged, world.disk().read(copy));
        world.disk().replace(staged, world.config().databaseFile());
    }

    @Given("the crash damages page {int} of the database")
    public void theCrashDamagesPage(int page) {
        ese.recovery.io.Damage.databasePage(world.disk(), world.config().databaseFile(), page);
    }

    @Given("the store has been brought online")
    public void theStoreHasBeenBroughtOnline() {
        world.mounting(ModelDriver.of(Store.mount(world.config())));
    }

    @When("the store is brought online")
    public void theStoreIsBroughtOnline() {
        world.mounting(world.sut.bringOnline(world));
    }

    @Then("the store is mounted")
    public void theStoreIsMounted() {
        assertThat(world.mounted).as("mounted store (recovery: %s)", world.lastRecovery).isTrue();
    }

    @Then("there is no database file")
    public void thereIsNoDatabaseFile() {
        assertThat(world.disk().exists(world.config().databaseFile())).isFalse();
    }

    @Then("the store is rejecting updates with {jetError}")
    public void theStoreIsRejectingUpdatesWith(ese.recovery.jet.JetError error) {
        assertThat(world.store().refusingUpdates()).contains(error);
    }

    @Then("the store accepts updates")
    public void theStoreAcceptsUpdates() {
        assertThat(world.store().refusingUpdates()).isEmpty();
    }

    @Then("the store reports event {int}, a warning")
    public void theStoreReportsEvent(int id) {
        assertThat(world.store().events()).as("the store's events")
                .anySatisfy(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.type()).isEqualTo(ese.recovery.engine.EngineEvent.Type.WARNING);
                    assertThat(e.source()).isEqualTo(world.config().profile().eventSource());
                });
    }

    @Then("the store reports event {int}, an error, with {jetError}")
    public void theStoreReportsErrorEvent(int id, ese.recovery.jet.JetError error) {
        assertThat(world.store().events()).as("the store's events")
                .anySatisfy(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.type()).isEqualTo(ese.recovery.engine.EngineEvent.Type.ERROR);
                    assertThat(e.error()).contains(error);
                });
    }

    @Then("the store reports no event {int}")
    public void theStoreReportsNoEvent(int id) {
        assertThat(world.store().events()).noneMatch(e -> e.id() == id);
    }

    @Then("the store is not mounted")
    public void theStoreIsNotMounted() {
        assertThat(world.mounted).isFalse();
        assertThat(world.mountedStore()).isEmpty();
    }
}
