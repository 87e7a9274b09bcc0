package ese.recovery.spec;

import ese.recovery.dump.FileDump;
import ese.recovery.dump.FolderListing;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFolder;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Gives each scenario its own folder, and attaches what is in it to the reports afterwards. */
public class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    /** What this run copies, this run builds: the stores built by an earlier run (other code, under mutation testing) are not used. */
    @io.cucumber.java.BeforeAll
    public static void freshFixtures() {
        Fixtures.clear();
    }

    @Before(order = 0)
    public void folder(Scenario scenario) {
        world.createFolder(scenario.getName(), scenario.getLine());
    }

    /** Last of all: the scenario's running store stops answering its control endpoint. */
    @After(order = 1)
    public void stopTheStoresEndpoint() {
        world.stopListening();
    }

    @After
    public void attachFolder(Scenario scenario) {
        if (Boolean.getBoolean(World.PER_PROCESS)) {
            // under mutation only the summary plugin runs: nothing receives the attachments, and making them
            // would have every scenario reach the dumps, so that each surviving mutant of a dump ran them all
            return;
        }
        attach(scenario, "Folder listing", () -> FolderListing.of(world.disk(), world.folder()));
        if (!world.hasEngine()) {
            return;
        }
        var config = world.config();
        if (world.disk().exists(config.databaseFile())) {
            attach(scenario, "Database header (eseutil /mh)", () -> FileDump.databaseHeader(world.disk(), config.databaseFile()));
        }
        if (world.disk().exists(config.checkpointFile())) {
            attach(scenario, "Checkpoint (eseutil /mk)", () -> FileDump.checkpoint(world.disk(), config.checkpointFile()));
        }
        attach(scenario, "Log files (eseutil /ml)", () -> {
            LogFolder logs = LogFolder.read(world.disk(), config.logFolder(), config.names());
            StringBuilder out = new StringBuilder();
            for (Path p : logs.numbered().values()) {
                out.append(dumpOrError(p)).append('\n');
            }
            logs.current().ifPresent(p -> out.append(dumpOrError(p)));
            return out.toString();
        });
        if (world.lastRecovery != null) {
            attach(scenario, "Recovery and its events", () -> {
                StringBuilder out = new StringBuilder(world.lastRecovery.toString()).append('\n');
                world.lastRecovery.events().forEach(e -> out.append(e).append('\n'));
                return out.toString();
            });
        }
    }

    private String dumpOrError(Path log) {
        try {
            return FileDump.log(world.disk(), log);
        } catch (JetException e) {
            return log.getFileName() + ": " + e.getMessage() + "\n";
        }
    }

    private static void attach(Scenario scenario, String name, Supplier<String> text) {
        String body;
        try {
            body = text.get();
        } catch (JetException | IllegalStateException e) {
            body = "(cannot be shown: " + e.getMessage() + ")";
        }
        scenario.attach(body.getBytes(StandardCharsets.UTF_8), "text/plain", name);
    }
}
