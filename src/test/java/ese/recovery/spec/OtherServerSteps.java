package ese.recovery.spec;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import io.cucumber.java.en.Given;

import java.nio.file.Path;

/**
 * Another Exchange server with its own log stream and database (another seed, so other log and database
 * signatures), whose files end up in this server's folder by an operator's mistake.
 */
public class OtherServerSteps {
    private final World world;
    private EngineConfig other;

    public OtherServerSteps(World world) {
        this.world = world;
    }

    @Given("another server's store has run until generation {generation} is its current log, then stopped cleanly")
    public void anotherServersStore(Integer generation) {
        anotherServersStoreRunUntil(generation).dismount();
    }

    @Given("another server's store has run until generation {generation} is its current log, then stopped abnormally")
    public void anotherServersStoreCrashed(Integer generation) {
        anotherServersStoreRunUntil(generation).crash();
    }

    private Store anotherServersStoreRunUntil(int generation) {
        other = EngineConfig.inFolder(world.folder().resolve("other-server"), world.config().profile(), World.SEED + 1, World.SPEC_LOG_BYTES)
                .withDisk(ese.recovery.io.NioDisk.unforced());
        Store store = Store.create(other);
        new Workload(store).fillUntil(generation, 3);
        return store;
    }

    @Given("{log} is replaced by the other server's {log}")
    public void isReplacedByTheOtherServers(String ours, String theirs) {
        replace(other().logFolder().resolve(theirs), world.file(ours));
    }

    @Given("the checkpoint file is replaced by the other server's")
    public void theCheckpointIsReplaced() {
        replace(other().checkpointFile(), world.config().checkpointFile());
    }

    @Given("the database is replaced by the other server's database")
    public void theDatabaseIsReplaced() {
        replace(other().databaseFile(), world.config().databaseFile());
    }

    private void replace(Path from, Path to) {
        Path staged = to.resolveSibling(to.getFileName() + ".copying");
        world.disk().create(staged, world.disk().read(from));
        world.disk().replace(staged, to);
    }

    private EngineConfig other() {
        if (other == null) {
            throw new IllegalStateException("no other server yet: a Given must run its store first");
        }
        return other;
    }
}
