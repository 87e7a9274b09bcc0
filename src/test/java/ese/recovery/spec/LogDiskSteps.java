package ese.recovery.spec;

import ese.recovery.engine.ReserveLogs;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The disk the logs are on: its free space, the reserve logs, moving logs off it. */
public class LogDiskSteps {
    private final World world;

    public LogDiskSteps(World world) {
        this.world = world;
    }

    @Given("the log disk fills up")
    public void theLogDiskFillsUp() {
        world.volume().fill();
    }

    @Given("the logs from {log} to {log} are moved off the log disk")
    public void theLogsAreMovedOff(String first, String last) {
        int low = LogNames.parseGenerationName(first).orElseThrow();
        int high = LogNames.parseGenerationName(last).orElseThrow();
        var otherVolume = ese.recovery.io.NioDisk.unforced();
        otherVolume.createDirectories(world.aside());
        for (int g = low; g <= high; g++) {
            Path p = world.config().numberedLog(g);
            otherVolume.create(world.aside().resolve(p.getFileName()), world.disk().read(p));
            world.disk().delete(p);
        }
    }

    @Then("the log folder holds the reserve logs res1.log and res2.log, each the size of a log")
    public void theLogFolderHoldsTheReserveLogs() {
        for (int i = 1; i <= ReserveLogs.COUNT; i++) {
            Path p = ReserveLogs.path(world.config(), i);
            assertThat(world.disk().exists(p)).as("%s exists", p.getFileName()).isTrue();
            assertThat(world.disk().size(p)).as("size of %s", p.getFileName()).isEqualTo(world.config().logFileBytes());
        }
    }

    @Then("{log} is generation {generation}, written in the reserve log res1.log, the last one")
    public void isWrittenInTheLastReserveLog(String log, Integer generation) {
        writtenInAReserveLog(log, generation, false);
    }

    @Then("{log} is generation {generation}, written in the reserve log res2.log")
    public void isWrittenInAReserveLog(String log, Integer generation) {
        writtenInAReserveLog(log, generation, true);
    }

    /** The log carries the reserve-log flag, res2.log (used first) is gone, and res1.log is there or not. */
    private void writtenInAReserveLog(String log, int generation, boolean res1Left) {
        var h = LogFile.readHeader(world.disk(), world.file(log));
        assertThat(h.generation()).isEqualTo(generation);
        assertThat(h.reserveLog()).as("reserve-log flag of %s", log).isTrue();
        assertThat(world.disk().exists(ReserveLogs.path(world.config(), 2))).as("res2.log is still there").isFalse();
        assertThat(world.disk().exists(ReserveLogs.path(world.config(), 1))).as("res1.log is still there").isEqualTo(res1Left);
    }
}
