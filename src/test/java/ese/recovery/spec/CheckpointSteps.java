package ese.recovery.spec;

import ese.recovery.log.LogNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkpoint file: dumping it, removing it. */
public class CheckpointSteps {
    private final World world;

    public CheckpointSteps(World world) {
        this.world = world;
    }

    @When("the checkpoint file is dumped")
    public void theCheckpointFileIsDumped() {
        DumpSteps.dump(world, () -> world.sut.dumpCheckpoint(world));
    }

    @Then("the dump shows the checkpoint in generation {generation}")
    public void theDumpShowsTheCheckpointIn(Integer generation) {
        assertThat(world.lastDump).contains("generation " + LogNames.describe(generation));
    }

    @Given("both copies of the checkpoint are damaged")
    public void bothCopiesAreDamaged() {
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().checkpointFile(), 20);
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().checkpointFile(), ese.recovery.checkpoint.Checkpoint.SIZE + 20);
    }

    @Given("the primary copy of the checkpoint is damaged")
    public void thePrimaryCopyIsDamaged() {
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().checkpointFile(), 20);
    }

    @Given("the shadow copy of the checkpoint is damaged")
    public void theShadowCopyIsDamaged() {
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().checkpointFile(), ese.recovery.checkpoint.Checkpoint.SIZE + 20);
    }

    @Given("the checkpoint file is cut to its first {int} bytes")
    public void theCheckpointFileIsCut(int bytes) {
        java.nio.file.Path file = world.config().checkpointFile();
        byte[] kept = world.disk().read(file, 0, bytes);
        world.disk().delete(file);
        world.disk().create(file, kept);
        world.disk().flush(file);
    }

    @Given("the checkpoint file is removed")
    public void theCheckpointFileIsRemoved() {
        world.disk().delete(world.config().checkpointFile());
    }
}
