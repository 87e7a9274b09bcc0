package ese.recovery.spec;

import io.cucumber.java.en.Given;

/** Files eseutil's dump modes cannot read (features/log-stream-checks/dump-errors.feature). */
public class DumpErrorSteps {
    private final World world;

    public DumpErrorSteps(World world) {
        this.world = world;
    }

    @Given("both copies of the database header are damaged")
    public void bothCopiesOfTheDatabaseHeaderAreDamaged() {
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().databaseFile(), 20);
        ese.recovery.io.Damage.flipByte(world.disk(), world.config().databaseFile(), ese.recovery.database.DatabaseHeader.SIZE + 20);
    }
}
