package ese.recovery.cli;

import ese.recovery.backup.BackupSet;
import ese.recovery.backup.Restore;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.engine.RestoreEnvironmentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Restoring an online backup set into a store's folder, as the backup program does; hard recovery comes next. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores an online backup (a folder holding the database copy, its logs and, before Exchange 2000 SP2, "
                + "its patch file) into the store's folder, as the backup program does: the database copy replaces the "
                + "database; the logs and the patch file go to <folder>/restore on Exchange 2000, which also gets restore.env, "
                + "and to <folder> itself on Exchange 5.5, whose Restore in Progress values are printed for restore-recover.",
                "Hard recovery is next: restore-recover (or mount). Remove damaged logs from <folder> before it, not after.",
                "WRITES to the folder: the database (replaced), the restored logs, the patch file, restore.env."},
        footer = EseCommand.EXIT_FOOTER)
final class RestoreBackup extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<backup-folder>", description = "The online backup: a folder holding the database copy and its logs.")
    Path backupFolder;

    @Parameters(index = "1", paramLabel = "<folder>", description = "The store's folder, whose database the backup replaces.")
    Path folder;

    @Override
    Outcome run() {
        requireFolder(backupFolder);
        if (profile == null) {
            profile = profileOf(backupFolder);
        }
        EngineConfig config = engineIn(folder);
        BackupSet set = BackupSet.read(readOnlyDisk(), backupFolder, config.profile());
        Path logsTo = Restore.defaultLogFolder(config);
        RestoreEnvironment env = Restore.restore(config, set, logsTo);

        StringBuilder text = heading("RESTORE", config);
        line(text, "Backup", JsonViews.path(backupFolder));
        line(text, "Database restored", JsonViews.path(config.databaseFile()));
        line(text, "Logs restored", String.format("0x%X-0x%X (%d) into %s", env.generationLow(), env.generationHigh(), set.logs().size(),
                JsonViews.path(logsTo)));
        set.patchFile().ifPresent(p -> line(text, "Patch file", p.getFileName().toString()));
        if (config.profile().restoreMarker() == EngineProfile.RestoreMarker.RESTORE_ENV) {
            line(text, "Restore environment", JsonViews.path(logsTo.resolve(RestoreEnvironmentFile.NAME)));
            text.append("\nNext: eserecover restore-recover ").append(JsonViews.path(folder)).append('\n');
        } else {
            text.append(String.format("%nRestore in Progress: LowLog Number 0x%X, HighLog Number 0x%X, BackupLogPath %s%n",
                    env.generationLow(), env.generationHigh(), JsonViews.path(env.backupLogFolder())));
            text.append(String.format("Next: eserecover restore-recover %s --low 0x%X --high 0x%X --backup-logs %s%n",
                    JsonViews.path(folder), env.generationLow(), env.generationHigh(), JsonViews.path(env.backupLogFolder())));
        }
        Json.Obj result = resultOf(config)
                .put("backup", JsonViews.path(backupFolder))
                .put("restore", Json.object()
                        .put("backupLogFolder", JsonViews.path(env.backupLogFolder()))
                        .put("generationLow", env.generationLow())
                        .put("generationHigh", env.generationHigh())
                        .put("restoreEnvironment", config.profile().restoreMarker() == EngineProfile.RestoreMarker.RESTORE_ENV
                                ? JsonViews.path(logsTo.resolve(RestoreEnvironmentFile.NAME)) : null));
        return Outcome.of(text.toString(), result);
    }
}
