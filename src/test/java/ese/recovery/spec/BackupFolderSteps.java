package ese.recovery.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Online backups into a named folder beside the store that may already hold something. */
public class BackupFolderSteps {
    private final World world;

    public BackupFolderSteps(World world) {
        this.world = world;
    }

    @Given("the folder {string} holds only an empty subfolder {string}")
    public void theFolderHoldsOnlyASubfolder(String folder, String subfolder) {
        world.disk().createDirectories(world.folder().resolve(folder).resolve(subfolder));
    }

    @When("an online backup of the store into {string} is attempted")
    public void anOnlineBackupIntoIsAttempted(String folder) {
        try {
            world.onlineBackup = world.sut.takeOnlineBackup(world, world.folder().resolve(folder));
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @When("an incremental backup of the store into {string} is attempted")
    public void anIncrementalBackupIntoIsAttempted(String folder) {
        try {
            world.incrementalBackup = world.sut.takeIncrementalBackup(world, world.folder().resolve(folder));
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }
}
