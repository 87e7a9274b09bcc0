package ese.recovery.spec;

import ese.recovery.io.Damage;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Damage inside a log's blocks, and a file that is not a log in a log's place; what eseutil /ml says of it. */
public class DamagedBlockSteps {
    private final World world;

    public DamagedBlockSteps(World world) {
        this.world = world;
    }

    private Path existing(String log) {
        Path p = world.file(log);
        if (!world.disk().exists(p)) {
            throw new IllegalArgumentException(log + " does not exist");
        }
        return p;
    }

    @Given("the length of the first block of {log} is damaged")
    public void theLengthOfTheFirstBlockIsDamaged(String log) {
        Damage.firstBlockLength(world.disk(), existing(log));
    }

    @Given("a byte of {log} after the records of its last block, in the block's last sector, is changed")
    public void aByteAfterTheRecordsOfItsLastBlock(String log) {
        Damage.afterTheLastRecord(world.disk(), existing(log));
    }

    @Given("a byte of {log} in the second sector after its last block is changed")
    public void aBytePastTheEnd(String log) {
        Damage.pastTheEnd(world.disk(), existing(log));
    }

    @Given("{log} is replaced by a copy of the checkpoint file")
    public void isReplacedByACopyOfTheCheckpointFile(String log) {
        Path target = existing(log);
        byte[] checkpoint = world.disk().read(world.file(world.config().names().checkpoint()));
        world.disk().delete(target);
        world.disk().create(target, checkpoint);
        world.disk().flush(target);
    }

    @Then("eseutil \\/ml of {log} reports it damaged at {string}: {string}")
    public void mlReportsTheDamageAt(String log, String position, String reason) {
        String dump = world.sut.dumpLog(world, world.file(log));
        assertThat(dump.lines().map(String::strip).filter(l -> l.startsWith("ERROR: Log damaged")))
                .singleElement().asString()
                .isEqualTo("ERROR: Log damaged (unusable). Damage at " + position + ": " + reason + ". Error -501.");
    }
}
