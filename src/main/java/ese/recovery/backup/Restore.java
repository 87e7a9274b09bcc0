package ese.recovery.backup;

import ese.recovery.database.DatabaseFile;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.io.Disk;

import java.nio.file.Path;
import java.util.List;

/**
 * Restoring an online backup: the database copy goes in place of the database, the backup set's logs
 * (and the patch file) into {@code restoreLogFolder}. Exchange 2000 then writes {@code restore.env}
 * there; on Exchange 5.5 the backup program writes the "Restore in Progress" key from the returned
 * environment. Hard recovery runs next.
 */
public final class Restore {
    private Restore() {
    }

    /** Where a restore puts the logs: the live log folder on Exchange 5.5, a restore folder on Exchange 2000. */
    public static Path defaultLogFolder(EngineConfig config) {
        return config.profile() == EngineProfile.EXCHANGE_5_5 ? config.logFolder() : config.restoreFolder();
    }

    public static RestoreEnvironment restore(EngineConfig target, BackupSet set, Path restoreLogFolder) {
        Disk disk = target.disk();
        DatabaseFile.readHeader(disk, set.database());
        disk.createDirectories(restoreLogFolder);
        copyReplacing(disk, set.database(), target.databaseFile());
        set.patchFile().filter(disk::exists).ifPresent(p -> copyReplacing(disk, p, restoreLogFolder.resolve(p.getFileName())));
        for (Path log : set.logs()) {
            copyReplacing(disk, log, restoreLogFolder.resolve(log.getFileName()));
        }
        RestoreEnvironment env = new RestoreEnvironment(restoreLogFolder, set.generationLow(), set.generationHigh(), target.logFolder(),
                target.systemFolder(), List.of(target.databaseFile().getFileName().toString()));
        if (target.profile().restoreMarker() == EngineProfile.RestoreMarker.RESTORE_ENV) {
            RestoreEnvironmentFile.write(disk, restoreLogFolder, new RestoreEnvironmentFile.Contents(env, RestoreEnvironmentFile.Status.PENDING, 0));
        }
        return env;
    }

    private static void copyReplacing(Disk disk, Path from, Path to) {
        Path staged = to.resolveSibling(to.getFileName() + ".restoring");
        if (disk.exists(staged)) {
            disk.delete(staged);
        }
        disk.create(staged, disk.read(from));
        disk.flush(staged);
        disk.replace(staged, to);
    }
}
