package ese.recovery.spec;

import ese.recovery.io.Damage;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator does to log files by hand, and what the log folder holds. */
public class LogFileSteps {
    private final World world;

    public LogFileSteps(World world) {
        this.world = world;
    }

    @Given("{log} is removed")
    public void isRemoved(String log) {
        world.disk().delete(existing(log));
    }

    @Given("{log} is renamed to {log}")
    public void isRenamedTo(String from, String to) {
        Path source = existing(from);
        if (world.disk().exists(world.file(to))) {
            throw new IllegalArgumentException("cannot rename " + from + " to " + to + ": " + to + " exists and would be overwritten");
        }
        world.disk().rename(source, world.file(to));
    }

    @Given("the logs from {log} to {log} are removed")
    public void theLogsFromToAreRemoved(String first, String last) {
        LogNames names = world.config().names();
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), names);
        int low = LogNames.parseGenerationName(first).orElseThrow();
        boolean throughCurrent = names.isCurrent(last);
        int high = throughCurrent ? Integer.MAX_VALUE : LogNames.parseGenerationName(last).orElseThrow();
        existing(first);
        existing(last);
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() >= low && e.getKey() <= high) {
                world.disk().delete(e.getValue());
            }
        }
        if (throughCurrent) {
            world.disk().delete(world.file(last));
        }
    }

    @Given("the logs from {log} to {log} are moved aside")
    public void theLogsAreMovedAside(String first, String last) {
        LogNames names = world.config().names();
        int low = LogNames.parseGenerationName(first).orElseThrow();
        boolean throughCurrent = names.isCurrent(last);
        int high = throughCurrent ? Integer.MAX_VALUE : LogNames.parseGenerationName(last).orElseThrow();
        world.disk().createDirectories(world.aside());
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), names);
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() >= low && e.getKey() <= high) {
                world.disk().rename(e.getValue(), world.aside().resolve(e.getValue().getFileName()));
            }
        }
        if (throughCurrent) {
            world.disk().rename(existing(last), world.aside().resolve(last));
        }
    }

    @Given("{log} is replaced by the one moved aside")
    public void isReplacedByTheOneMovedAside(String log) {
        Path aside = world.aside().resolve(log);
        if (!world.disk().exists(aside)) {
            throw new IllegalArgumentException("no " + log + " was moved aside");
        }
        world.disk().replace(aside, existing(log));
    }

    @Given("all the log files are removed")
    public void allTheLogFilesAreRemoved() {
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), world.config().names());
        folder.numbered().values().forEach(world.disk()::delete);
        folder.current().ifPresent(world.disk()::delete);
        folder.temporary().ifPresent(world.disk()::delete);
    }

    @Then("{log} is generation {generation} of a new log stream")
    public void isGenerationOfANewLogStream(String log, Integer generation) {
        LogFileHeader h = LogFile.readHeader(world.disk(), existing(log));
        assertThat(h.generation()).isEqualTo(generation);
        assertThat(h.previousGenerationCreated().isSet()).as("a previous generation").isFalse();
        assertThat(ese.recovery.database.DatabaseFile.readHeader(world.disk(), world.config().databaseFile()).logSignature())
                .as("the log stream the database is attached to").isEqualTo(h.logSignature());
    }

    @Then("{log} is generation {generation}")
    public void isGeneration(String log, Integer generation) {
        assertThat(LogFile.readHeader(world.disk(), existing(log)).generation()).isEqualTo(generation);
    }

    @Then("every log in the folder is flagged for circular logging")
    public void everyLogIsFlaggedForCircularLogging() {
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), world.config().names());
        List<Path> logs = new ArrayList<>(folder.numbered().values());
        folder.current().ifPresent(logs::add);
        assertThat(logs).isNotEmpty();
        for (Path p : logs) {
            assertThat(LogFile.readHeader(world.disk(), p).circularLogging()).as("circular logging flag of %s", p.getFileName()).isTrue();
        }
    }

    @Given("{log} is damaged")
    public void isDamaged(String log) {
        Damage.logRecords(world.disk(), existing(log));
    }

    @Given("the last block of {log} is sealed again holding {string}")
    public void sealedAgainHolding(String log, String malformation) {
        ese.recovery.io.Damage.malformedRecord(world.disk(), existing(log), ese.recovery.io.Damage.MalformedRecord.named(malformation));
    }

    @Given("the last block of {log} is torn")
    public void lastBlockTorn(String log) {
        ese.recovery.io.Damage.tornLastBlock(world.disk(), existing(log));
    }

    @Given("the header of {log} is damaged")
    public void theHeaderIsDamaged(String log) {
        Damage.logHeader(world.disk(), existing(log));
    }

    @Then("{log} is generation {generation}, following {log}")
    public void isGenerationFollowing(String log, Integer generation, String previous) {
        LogFileHeader h = LogFile.readHeader(world.disk(), existing(log));
        LogFileHeader p = LogFile.readHeader(world.disk(), existing(previous));
        assertThat(h.generation()).isEqualTo(generation);
        assertThat(p.generation()).isEqualTo(generation - 1);
        assertThat(h.previousGenerationCreated()).isEqualTo(p.created());
        assertThat(h.logSignature()).isEqualTo(p.logSignature());
    }

    @When("the log folder is listed")
    public void theLogFolderIsListed() {
        world.lastDump = world.sut.listFolder(world, world.config().logFolder());
    }

    @Then("the log folder holds {log} to {log} and {log}")
    public void theLogFolderHolds(String first, String last, String current) {
        LogNames names = world.config().names();
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), names);
        int low = LogNames.parseGenerationName(first).orElseThrow();
        int high = LogNames.parseGenerationName(last).orElseThrow();
        List<String> expected = new ArrayList<>();
        for (int g = low; g <= high; g++) {
            expected.add(names.numbered(g));
        }
        assertThat(folder.numbered().values().stream().map(p -> p.getFileName().toString())).containsExactlyElementsOf(expected);
        assertThat(folder.current().map(p -> p.getFileName().toString())).contains(current);
    }

    @Then("the log folder holds only {log} and {log}")
    public void theLogFolderHoldsOnly(String numbered, String current) {
        LogFolder folder = LogFolder.read(world.disk(), world.config().logFolder(), world.config().names());
        assertThat(folder.numbered().values().stream().map(p -> p.getFileName().toString())).containsExactly(numbered);
        assertThat(folder.current().map(p -> p.getFileName().toString())).contains(current);
    }

    private Path existing(String name) {
        Path p = world.file(name);
        if (!world.disk().exists(p)) {
            throw new IllegalArgumentException("the scenario folder has no " + name);
        }
        return p;
    }
}
