package ese.recovery.spec;

import ese.recovery.backup.OfflineBackup;
import ese.recovery.backup.Restore;
import ese.recovery.log.LogNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Online and offline backups, and restoring them. */
public class BackupSteps {
    private final World world;

    public BackupSteps(World world) {
        this.world = world;
    }

    @Given("an online backup of the store is taken")
    public void anOnlineBackupIsTaken() {
        world.onlineBackup = world.sut.takeOnlineBackup(world, world.folder().resolve("online-backup"));
    }

    @When("an incremental backup of the store is attempted")
    public void anIncrementalBackupIsAttempted() {
        try {
            world.incrementalBackup = world.sut.takeIncrementalBackup(world, world.folder().resolve("incremental-backup"));
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @Then("the backup fails with {jetError}")
    public void theBackupFailsWith(ese.recovery.jet.JetError error) {
        assertThat(world.lastFailure).as("the backup's failure").isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
    }

    @Then("the incremental backup holds the logs {log} to {log}")
    public void theIncrementalBackupHolds(String first, String last) {
        assertThat(world.lastFailure).as("the backup's failure").isNull();
        assertThat(world.incrementalBackup.stream().map(p -> p.getFileName().toString()))
                .first().isEqualTo(first);
        assertThat(world.incrementalBackup.stream().map(p -> p.getFileName().toString()))
                .last().isEqualTo(last);
    }

    @Given("an offline backup of the database is taken")
    public void anOfflineBackupIsTaken() {
        world.offlineBackup = OfflineBackup.take(world.config(), world.folder().resolve("offline-backup"));
    }

    @Given("the offline backup is restored")
    public void theOfflineBackupIsRestored() {
        OfflineBackup.restore(world.config(), world.offlineBackup);
    }

    @Given("the online backup is restored")
    public void theOnlineBackupIsRestored() {
        world.pendingRestore = Optional.of(Restore.restore(world.config(), world.onlineBackup, Restore.defaultLogFolder(world.config())));
    }

    @Given("the restored patch file is removed")
    public void theRestoredPatchFileIsRemoved() {
        var env = world.pendingRestore.orElseThrow(() -> new IllegalStateException("nothing was restored"));
        var patch = world.onlineBackup.patchFile().orElseThrow(() -> new IllegalStateException("this backup has no patch file"));
        world.disk().delete(env.backupLogFolder().resolve(patch.getFileName()));
    }

    @Given("the restored copy of {log} is damaged")
    public void theRestoredCopyIsDamaged(String log) {
        var env = world.pendingRestore.orElseThrow(() -> new IllegalStateException("nothing was restored"));
        ese.recovery.io.Damage.logRecords(world.disk(), env.backupLogFolder().resolve(log));
    }

    @Given("the restore has completed and the store has been brought online")
    public void theRestoreHasCompleted() {
        world.mounting(new ModelDriver().completeRestore(world));
    }

    @When("the restore completes and the store is brought online")
    public void theRestoreCompletes() {
        world.mounting(world.sut.completeRestore(world));
    }

    @Then("the online backup holds the logs {log} to {log}, all older than {log}")
    public void theOnlineBackupHolds(String first, String last, String than) {
        int low = LogNames.parseGenerationName(first).orElseThrow();
        int high = LogNames.parseGenerationName(last).orElseThrow();
        assertThat(world.onlineBackup.generationLow()).isEqualTo(low);
        assertThat(world.onlineBackup.generationHigh()).isEqualTo(high);
        assertThat(world.onlineBackup.logs()).hasSize(high - low + 1);
        assertThat(high).isLessThan(LogNames.parseGenerationName(than).orElseThrow());
    }

    @Then("the online backup holds the patch file {string}")
    public void theOnlineBackupHoldsThePatchFile(String name) {
        assertThat(world.onlineBackup.patchFile()).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo(name));
        assertThat(world.disk().exists(world.onlineBackup.folder().resolve(name))).isTrue();
    }

    @Then("the online backup holds no patch file")
    public void theOnlineBackupHoldsNoPatchFile() {
        assertThat(world.onlineBackup.patchFile()).isEmpty();
        assertThat(world.disk().list(world.onlineBackup.folder())).noneMatch(p -> p.getFileName().toString().endsWith(".pat"));
    }
}
