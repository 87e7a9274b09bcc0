package ese.recovery.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** The Exchange 5.5 backup program: online backup of the directory, online restore, Start Services after Restore. */
public class BackupProgramSteps {
    private final World world;

    public BackupProgramSteps(World world) {
        this.world = world;
    }

    @Given("the backup program takes an online backup of the directory")
    public void theBackupProgramTakesAnOnlineBackup() {
        world.site.tape = world.sut.backUpService(world, world.site.directory.name(), world.folder().resolve("tape"));
    }

    @When("the backup program restores the online backup of the directory")
    public void theBackupProgramRestores() {
        world.sut.restoreOnlineBackup(world, world.site.tape, false);
    }

    @When("the backup program restores the online backup of the directory with \"Start Services after Restore\"")
    public void theBackupProgramRestoresAndStartsServices() {
        world.sut.restoreOnlineBackup(world, world.site.tape, true);
        world.site.observe(world);
    }
}
