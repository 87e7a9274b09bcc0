package ese.recovery.backup;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineConfig;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;

/**
 * An offline backup: a copy of the database file taken while the store is stopped, so the copy is
 * consistent (Clean Shutdown, Log Required 0-0). A dirty database is not an offline backup.
 */
public final class OfflineBackup {
    private OfflineBackup() {
    }

    public static Path take(EngineConfig config, Path backupFolder) {
        Disk disk = config.disk();
        DatabaseHeader header = DatabaseFile.readHeader(disk, config.databaseFile());
        if (!header.state().consistent()) {
            throw new JetException(JetError.JET_errDatabaseDirtyShutdown, config.databaseFile(),
                    "the database is in " + header.state().shown() + " state: stop the store cleanly before an offline backup");
        }
        disk.createDirectories(backupFolder);
        Path copy = backupFolder.resolve(config.databaseFile().getFileName());
        disk.create(copy, disk.read(config.databaseFile()));
        disk.flush(copy);
        return copy;
    }

    /** Puts an offline backup back in place of the database. */
    public static void restore(EngineConfig config, Path copy) {
        Disk disk = config.disk();
        DatabaseFile.readHeader(disk, copy);
        Path staged = config.databaseFile().resolveSibling(config.databaseFile().getFileName() + ".restoring");
        if (disk.exists(staged)) {
            disk.delete(staged);
        }
        disk.create(staged, disk.read(copy));
        disk.flush(staged);
        disk.replace(staged, config.databaseFile());
    }
}
