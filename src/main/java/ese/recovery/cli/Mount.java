package ese.recovery.cli;

import ese.recovery.database.DatabaseFile;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.engine.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** Bringing the store online, as the Information Store service does when it starts, then stopping it cleanly. */
@Command(name = "mount", mixinStandardHelpOptions = true,
        description = {"Brings the store online as the Information Store service does when it starts: hard recovery first "
                + "when a restore is pending (Exchange 2000: a restore.env not yet recovered in <folder>/restore; Exchange 5.5: "
                + "the Restore in Progress values given with --low, --high and --backup-logs), then soft recovery of the folder, "
                + "then the database is attached to the current log. The store is then stopped cleanly, as stopping the "
                + "service would: the folder is left consistent.",
                "This is what the specification calls \"the store is brought online\". It reports the recovery that ran "
                        + "(hard when a restore was pending, else soft), whether the store mounted, and the database header "
                        + "right after recovery.",
                "WRITES to the folder, as recover does, and also the attach and the clean stop in the current log."},
        footer = EseCommand.EXIT_FOOTER)
final class Mount extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The folder holding the logs, the checkpoint and the database.")
    Path folder;

    @Mixin
    RestoreInProgressOptions restoreInProgress;

    @Override
    Outcome run() {
        EngineConfig config = engineIn(folder);
        Optional<RestoreEnvironment> restore = restoreInProgress.environment(config, spec);
        Store.Mount mount = restore.isPresent() ? Store.mount(config, restore) : Store.mount(config);
        mount.store().ifPresent(Store::dismount);

        StringBuilder text = heading("MOUNT", config);
        Optional<Problem> problem = report(text, mount.recovery());
        line(text, "Store", mount.mounted() ? "mounted, then stopped cleanly" : "not mounted");
        mount.headerAfterRecovery().ifPresent(h -> line(text, "After recovery", "State: " + h.state().shown() + ", Log Required: " + h.logRequired()));
        Json.Obj result = resultOf(config)
                .put("recovery", JsonViews.recovery(mount.recovery()))
                .put("mounted", mount.mounted())
                .put("headerAfterRecovery", mount.headerAfterRecovery()
                        .map(h -> JsonViews.databaseHeader(config.databaseFile(), new DatabaseFile.HeaderRead(h, false))).orElse(null));
        return Outcome.of(text.toString(), result).failing(problem);
    }
}
