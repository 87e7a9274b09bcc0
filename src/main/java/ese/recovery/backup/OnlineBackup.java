package ese.recovery.backup;

import ese.recovery.database.BackupInfo;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.Store;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.log.LogFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A full online (streaming) backup of a mounted store, in the order ESE's backup API runs it
 * (backup.cxx: ErrBKBeginExternalBackup, ErrBKIPrepareLogFiles, ErrBKTruncateLog):
 * <ol>
 * <li>the backup set's logs start at the checkpoint's generation when the backup begins;</li>
 * <li>the database file is copied as it is on disk, its header marked as a backup copy (bkinfoFullCur);</li>
 * <li>the log rolls to a new generation; every closed log from the first one to the one before the new
 *     current log is copied;</li>
 * <li>before Exchange 2000 SP2 a patch file records the backup's range; later engines record it in the copy;</li>
 * <li>logs below the checkpoint are deleted (truncated) and the live header records the backup.</li>
 * </ol>
 * The checkpoint keeps moving while a real backup copies the database; the model advances it once,
 * after the roll, so truncation leaves only the logs written since the backup.
 */
public final class OnlineBackup {
    /** The folders of an atomic backup, the one being written and the last one (daeconst.hxx l.30-31). */
    private static final String ATOMIC_NEW = "new";
    private static final String ATOMIC_OLD = "old";

    private OnlineBackup() {
    }

    /**
     * The running store's backup interface, as a backup program reaches it from its own process (the
     * Exchange backup API, over RPC): {@code backup full <folder>} and {@code backup incremental <folder>},
     * taken by whichever store {@code running} gives at the time. The reply names what was written; a
     * backup refused by the engine is its JET error.
     */
    public static void serveOn(ese.recovery.host.ServerControl control, java.util.function.Supplier<Store> running) {
        control.register("backup", request -> {
            if (request.size() != 2 || !(request.get(0).equals("full") || request.get(0).equals("incremental"))) {
                throw new ese.recovery.host.ServerControl.RefusedException("backup full|incremental <folder>");
            }
            return answer(request.get(0), running.get(), Path.of(request.get(1)));
        });
    }

    /**
     * The Exchange Server 5.5 backup API of a server's services, as a backup program on another machine or
     * in its own process reaches it: {@code backup full|incremental <service> <folder>}, taken by the named
     * service's running store (refused when the service is not running).
     */
    public static void serveOn(ese.recovery.host.Server server) {
        server.control().register("backup", request -> {
            if (request.size() != 3 || !(request.get(0).equals("full") || request.get(0).equals("incremental"))) {
                throw new ese.recovery.host.ServerControl.RefusedException("backup full|incremental <service> <folder>");
            }
            ese.recovery.host.Service service = server.services().named(request.get(1));
            if (!(service instanceof ese.recovery.exchange.ExchangeService exchange) || !exchange.running()) {
                throw new ese.recovery.host.ServerControl.NotActiveException(service.displayName() + " is not running: its backup interface does not answer");
            }
            return answer(request.get(0), exchange.store(), Path.of(request.get(2)));
        });
    }

    /** A backup taken for a request, and the reply that names what it wrote. */
    private static java.util.Map<String, String> answer(String kind, Store store, Path folder) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (kind.equals("full")) {
            BackupSet set = take(store, folder);
            out.put("folder", set.folder().toString());
            out.put("database", set.database().toString());
            set.patchFile().ifPresent(p -> out.put("patchFile", p.toString()));
            out.put("logs", String.join("\n", set.logs().stream().map(Path::toString).toList()));
            out.put("generationLow", Integer.toString(set.generationLow()));
            out.put("generationHigh", Integer.toString(set.generationHigh()));
        } else {
            List<Path> logs = takeIncremental(store, folder);
            out.put("folder", folder.toString());
            out.put("logs", String.join("\n", logs.stream().map(Path::toString).toList()));
        }
        return out;
    }

    public static BackupSet take(Store store, Path backupFolder) {
        EngineConfig config = store.config();
        Disk disk = config.disk();
        disk.createDirectories(backupFolder);
        // a full backup needs a folder with nothing in it, not even a subfolder (ErrBKIPrepareDirectory,
        // backup.cxx l.1237: ErrLGCheckDir with no name to look for refuses any entry but . and ..)
        if (!disk.entries(backupFolder).isEmpty()) {
            throw new JetException(JetError.JET_errBackupDirectoryNotEmpty, backupFolder, "the backup folder must be empty");
        }
        int low = store.checkpoint().generation();
        Lgpos mark = store.endOfLog();
        LogTime markTime = LogTime.of(config.clock().now());

        String dbName = config.databaseFile().getFileName().toString();
        Path copy = backupFolder.resolve(dbName);
        disk.create(copy, disk.read(config.databaseFile()));
        disk.flush(copy);
        DatabaseHeader live = DatabaseFile.readHeader(disk, config.databaseFile());
        DatabaseFile.writeHeader(disk, copy, live.withBackups(live.lastFullBackup(), new BackupInfo(mark, markTime, low, 0)));

        store.rollLog();
        int high = store.currentGeneration() - 1;
        store.advanceCheckpoint();
        BackupInfo full = new BackupInfo(mark, markTime, low, high);

        Optional<Path> patch = Optional.empty();
        if (config.profile().patchFiles()) {
            Path p = backupFolder.resolve(PatchFile.nameFor(dbName));
            new PatchFile(live.databaseSignature(), live.logSignature(), full).write(disk, p);
            patch = Optional.of(p);
        } else {
            DatabaseFile.writeHeader(disk, copy, live.withBackups(live.lastFullBackup(), full));
        }

        List<Path> logs = new ArrayList<>();
        for (int g = low; g <= high; g++) {
            Path source = config.numberedLog(g);
            if (!disk.exists(source)) {
                throw new JetException(JetError.JET_errMissingFileToBackup, source, "a log of the backup set is missing");
            }
            Path target = backupFolder.resolve(source.getFileName());
            disk.create(target, disk.read(source));
            disk.flush(target);
            logs.add(target);
        }

        int truncateBelow = store.checkpoint().generation();
        LogFolder folder = LogFolder.read(disk, config.logFolder(), config.names());
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() < truncateBelow) {
                disk.delete(e.getValue());
            }
        }
        store.recordFullBackup(full);
        return new BackupSet(backupFolder, config.profile(), copy, patch, logs, low, high);
    }

    /**
     * An incremental online backup: the logs written since the last backup, from the lowest log on disk to
     * the one closed by a log roll, then truncated. Refused with circular logging, whose logs are reused
     * (JET_errInvalidBackup, -526: ESE's ErrBKBeginExternalBackup in backup.cxx), before any full
     * backup (JET_errMissingFullBackup, -560), and into a folder holding an atomic backup's {@code new} or
     * {@code old} folder (JET_errBackupDirectoryNotEmpty, -504); any other file or folder may be there.
     * Returns the logs copied.
     */
    public static List<Path> takeIncremental(Store store, Path backupFolder) {
        EngineConfig config = store.config();
        Disk disk = config.disk();
        if (config.circularLogging()) {
            throw new JetException(JetError.JET_errInvalidBackup, config.logFolder(),
                    "an incremental backup needs every log since the last backup, and circular logging does not keep them");
        }
        if (!store.header().lastFullBackup().isSet()) {
            throw new JetException(JetError.JET_errMissingFullBackup, config.databaseFile(), "no full backup was taken before this incremental one");
        }
        disk.createDirectories(backupFolder);
        // an incremental backup goes beside what the folder holds, the full backup it follows included; only
        // an atomic backup's "new" or "old" folder refuses it (ErrBKIPrepareDirectory, backup.cxx l.1226-1231)
        for (Path entry : disk.entries(backupFolder)) {
            String name = entry.getFileName().toString();
            if (name.equalsIgnoreCase(ATOMIC_NEW) || name.equalsIgnoreCase(ATOMIC_OLD)) {
                throw new JetException(JetError.JET_errBackupDirectoryNotEmpty, entry, "the backup folder holds an atomic backup's folder");
            }
        }
        store.rollLog();
        int high = store.currentGeneration() - 1;
        store.advanceCheckpoint();
        LogFolder folder = LogFolder.read(disk, config.logFolder(), config.names());
        List<Path> logs = new ArrayList<>();
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() <= high) {
                Path target = backupFolder.resolve(e.getValue().getFileName());
                disk.create(target, disk.read(e.getValue()));
                disk.flush(target);
                logs.add(target);
            }
        }
        int truncateBelow = store.checkpoint().generation();
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() < truncateBelow) {
                disk.delete(e.getValue());
            }
        }
        return logs;
    }
}
