package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

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
        world.store(Store.create(world.config()));
        world.remember(world.workload().fillUntil(generation, 3));
    }

    @Given("the store goes on until generation {generation} is the current log")
    public void theStoreGoesOnUntil(Integer generation) {
        world.remember(world.workload().fillUntil(generation, 3));
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

    @Then("the store is not mounted")
    public void theStoreIsNotMounted() {
        assertThat(world.mounted).isFalse();
        assertThat(world.mountedStore()).isEmpty();
    }
}
