package ese.recovery.spec;

import io.cucumber.java.en.Given;

import java.nio.file.Path;

/** What was restored from a backup: the logs of an online backup set in the restore's own folder, a database copy. */
public class RestoreLogSteps {
    private final World world;

    public RestoreLogSteps(World world) {
        this.world = world;
    }

    @Given("another online backup of the store is taken, into an empty folder")
    public void anotherOnlineBackupIsTaken() {
        world.onlineBackup = world.sut.takeOnlineBackup(world, world.folder().resolve("online-backup-2"));
    }

    @Given("the restored copy of {log} is copied to the log folder as {log}")
    public void theRestoredCopyIsCopiedToTheLogFolderAs(String log, String as) {
        var env = world.pendingRestore.orElseThrow(() -> new IllegalStateException("nothing was restored"));
        Path restored = env.backupLogFolder().resolve(log);
        if (world.disk().exists(world.file(as))) {
            throw new IllegalArgumentException("the log folder already holds " + as);
        }
        world.disk().create(world.file(as), world.disk().read(restored));
    }

    @Given("page {int} of the restored database copy is damaged")
    public void pageOfTheRestoredCopyIsDamaged(int page) {
        ese.recovery.io.Damage.databasePage(world.disk(), world.config().databaseFile(), page);
    }

    @Given("the restored copy of {log} is replaced by the one moved aside")
    public void theRestoredCopyIsReplacedByTheOneMovedAside(String log) {
        var env = world.pendingRestore.orElseThrow(() -> new IllegalStateException("nothing was restored"));
        Path aside = world.aside().resolve(log);
        Path restored = env.backupLogFolder().resolve(log);
        if (!world.disk().exists(aside) || !world.disk().exists(restored)) {
            throw new IllegalArgumentException("no " + log + " was moved aside, or the restore holds none");
        }
        world.disk().replace(aside, restored);
    }
}
