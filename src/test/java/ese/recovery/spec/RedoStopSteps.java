package ese.recovery.spec;

import ese.recovery.database.DatabaseHeader;
import ese.recovery.jet.Lgpos;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogRecord;
import ese.recovery.log.PositionedRecord;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page write the disk lost, and where a recovery that failed stopped (features/redo-checks/where-redo-stops.feature). */
public class RedoStopSteps {
    private final World world;

    public RedoStopSteps(World world) {
        this.world = world;
    }

    @Given("the checkpoint advances, but the disk loses its write of the first page committed")
    public void theCheckpointAdvancesButTheDiskLosesAPageWrite() {
        int page = world.committed.get(0).page();
        Path db = world.config().databaseFile();
        long at = (long) (page + 1) * DatabaseHeader.PAGE_SIZE;
        byte[] before = world.disk().read(db, at, DatabaseHeader.PAGE_SIZE);
        world.store().advanceCheckpoint();
        world.disk().write(db, at, before);
        world.disk().flush(db);
    }

    @Then("{kind} recovery stopped at the last record of {log}")
    public void recoveryStoppedAtTheLastRecordOf(ese.recovery.engine.RecoveryResult.Kind kind, String log) {
        List<PositionedRecord> records = LogFile.scan(world.disk(), world.file(log)).records();
        assertThat(world.lastRecovery.kind()).isEqualTo(kind);
        assertThat(world.lastRecovery.stoppedAt()).as("%s", world.lastRecovery).contains(records.get(records.size() - 1).lgpos());
    }

    @Then("{kind} recovery stopped at the last write of the first page committed, in {log}")
    public void recoveryStoppedAtTheLastWriteOf(ese.recovery.engine.RecoveryResult.Kind kind, String log) {
        int page = world.committed.get(0).page();
        Lgpos last = LogFile.scan(world.disk(), world.file(log)).records().stream()
                .filter(r -> r.record() instanceof LogRecord.PageWrite w && w.page() == page)
                .reduce((a, b) -> b).orElseThrow().lgpos();
        assertThat(world.lastRecovery.kind()).isEqualTo(kind);
        assertThat(world.lastRecovery.stoppedAt()).as("%s", world.lastRecovery).contains(last);
    }
}
