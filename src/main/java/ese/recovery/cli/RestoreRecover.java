package ese.recovery.cli;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.HardRecovery;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** eseutil /cc: hard recovery of a database restored from an online backup. */
@Command(name = "restore-recover", mixinStandardHelpOptions = true,
        description = {"Runs hard recovery after a restore, like eseutil /cc: replays the restored logs (applying the patch "
                + "file before Exchange 2000 SP2), then the logs in the folder that follow them; E00.log is not needed. At the "
                + "end the database is consistent (Clean Shutdown) and no longer marked as a backup copy.",
                "Exchange 2000 keeps the restore in restore.env, which the restore wrote into the restore folder (<folder>/restore "
                        + "unless --restore-folder says otherwise); the status of this run is written back to it. Exchange 5.5 keeps "
                        + "it in the Restore in Progress registry key: give its values with --low, --high and --backup-logs.",
                "WRITES to the folder: the database, the checkpoint, the logs after the last one replayed, restore.env."},
        footer = EseCommand.EXIT_FOOTER)
final class RestoreRecover extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The store's folder: the live logs, the checkpoint and the restored database.")
    Path folder;

    @Option(names = "--restore-folder", paramLabel = "<folder>",
            description = "Exchange 2000: the folder holding restore.env and the restored logs (default: <folder>/restore).")
    Path restoreFolder;

    @Mixin
    RestoreInProgressOptions restoreInProgress;

    @Override
    Outcome run() {
        EngineConfig config = engineIn(folder);
        RestoreEnvironment env = restoreInProgress.environment(config, spec).orElseGet(() -> restoreEnv(config));
        RecoveryResult r = HardRecovery.run(config, env);
        StringBuilder text = heading("RESTORE (hard recovery)", config);
        line(text, "Restored logs", String.format("0x%X-0x%X in %s", env.generationLow(), env.generationHigh(), JsonViews.path(env.backupLogFolder())));
        Optional<Problem> problem = report(text, r);
        Json.Obj result = resultOf(config)
                .put("restore", Json.object()
                        .put("backupLogFolder", JsonViews.path(env.backupLogFolder()))
                        .put("generationLow", env.generationLow())
                        .put("generationHigh", env.generationHigh()))
                .put("recovery", JsonViews.recovery(r));
        return Outcome.of(text.toString(), result).failing(problem);
    }

    private RestoreEnvironment restoreEnv(EngineConfig config) {
        Path where = restoreFolder != null ? restoreFolder : config.restoreFolder();
        if (config.profile() == EngineProfile.EXCHANGE_5_5 && restoreFolder == null) {
            throw new ParameterException(spec.commandLine(),
                    "Exchange 5.5 keeps the restore in the Restore in Progress registry key: give its values with --low and --high");
        }
        requireFolder(where);
        return RestoreEnvironmentFile.read(readOnlyDisk(), where).map(RestoreEnvironmentFile.Contents::environment)
                .orElseThrow(() -> new JetException(JetError.JET_errFileNotFound, where.resolve(RestoreEnvironmentFile.NAME),
                        "no restore.env: nothing was restored here (run restore first)"));
    }
}
