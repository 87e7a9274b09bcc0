package ese.recovery.backup;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineProfile;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An online backup on its medium (a folder): the database copy, its patch file where the engine writes
 * one, and the logs from the checkpoint generation at the start of the backup to the last log closed by it.
 */
public record BackupSet(Path folder, EngineProfile profile, Path database, Optional<Path> patchFile, List<Path> logs,
                        int generationLow, int generationHigh) {
    public BackupSet {
        logs = List.copyOf(logs);
    }

    /** Reads a backup set back from its folder: the database copy's header and the patch file say its log range. */
    public static BackupSet read(Disk disk, Path folder, EngineProfile profile) {
        return read(disk, folder, profile, profile.databaseName());
    }

    /** Reads a backup set of the database {@code databaseName} (dir.edb for an Exchange 5.5 directory). */
    public static BackupSet read(Disk disk, Path folder, EngineProfile profile, String databaseName) {
        Path database = folder.resolve(databaseName);
        DatabaseHeader header = DatabaseFile.readHeader(disk, database);
        if (!header.currentFullBackup().isSet()) {
            throw new JetException(JetError.JET_errDatabaseCorrupted, database, "this database copy is not from an online backup");
        }
        int low = header.currentFullBackup().generationLow();
        int high = header.currentFullBackup().generationHigh();
        Optional<Path> patch = Optional.empty();
        if (profile.patchFiles()) {
            Path p = folder.resolve(PatchFile.nameFor(databaseName));
            patch = Optional.of(p);
            if (disk.exists(p)) {
                high = PatchFile.read(disk, p).backup().generationHigh();
            }
        }
        LogNames names = new LogNames(profile.logBase());
        List<Path> logs = new ArrayList<>();
        for (Path p : disk.list(folder)) {
            if (names.generationOf(p.getFileName().toString()).isPresent()) {
                logs.add(p);
            }
        }
        return new BackupSet(folder, profile, database, patch, logs, low, high);
    }
}
