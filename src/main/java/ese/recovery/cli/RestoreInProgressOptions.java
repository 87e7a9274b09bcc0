package ese.recovery.cli;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RestoreEnvironment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The restore Exchange 5.5 keeps in its "Restore in Progress" registry key, outside the folder, given as
 * options: LowLog Number, HighLog Number, BackupLogPath (KB Q200941). Shared by mount and restore-recover.
 */
final class RestoreInProgressOptions {
    @Option(names = "--low", paramLabel = "<generation>", converter = EngineCommand.GenerationConverter.class,
            description = "Exchange 5.5: the Restore in Progress key's LowLog Number, the first restored log (0x1 or 1).")
    Integer low;

    @Option(names = "--high", paramLabel = "<generation>", converter = EngineCommand.GenerationConverter.class,
            description = "Exchange 5.5: the Restore in Progress key's HighLog Number, the last restored log.")
    Integer high;

    @Option(names = "--backup-logs", paramLabel = "<folder>",
            description = "Exchange 5.5: the Restore in Progress key's BackupLogPath, where the restored logs are (default: <folder>).")
    Path backupLogs;

    /** The restore these options describe, or empty when none is given. */
    Optional<RestoreEnvironment> environment(EngineConfig config, CommandSpec spec) {
        if (low == null && high == null) {
            return Optional.empty();
        }
        if (low == null || high == null || low < 1 || high < low) {
            throw new ParameterException(spec.commandLine(), "--low and --high give the restored logs' generations, both, low to high");
        }
        Path logs = backupLogs != null ? backupLogs : config.logFolder();
        return Optional.of(new RestoreEnvironment(logs, low, high, config.logFolder(), config.systemFolder(),
                List.of(config.databaseFile().getFileName().toString())));
    }
}
