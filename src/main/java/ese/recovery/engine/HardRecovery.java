package ese.recovery.engine;

import ese.recovery.backup.PatchFile;
import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.BackupInfo;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogRecord;
import ese.recovery.log.LogWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hard recovery of a database restored from an online backup, driven by the restore environment and
 * not by the checkpoint:
 * <ol>
 * <li>before Exchange 2000 SP2 the patch file must be there (JET_errPatchFileMissing, -538) and belong
 *     to this database (JET_errDatabasePatchFileMismatch, -552); it gives the backup set's last log;</li>
 * <li>the backup set's logs must all be there (-557), of one stream (-555) and contiguous (-556);</li>
 * <li>the logs in the live log folder after the backup set are replayed too, as long as they follow on:
 *     a break between the backup set and them is JET_errExistingLogFileIsNotContiguous (-611), a
 *     generation missing among them JET_errMissingCurrentLogFiles (-565), another stream -610;</li>
 * <li>the current log ({@code E00.log}) is not needed: recovery ends at the last log present and starts
 *     the next generation as the current log;</li>
 * <li>a damaged log stops it: -573 in the backup set, -574 after it;</li>
 * <li>at the end the database is consistent and no longer marked as a backup copy, the checkpoint is
 *     written anew, and {@code restore.env} records the success.</li>
 * </ol>
 */
public final class HardRecovery {
    private final EngineConfig config;
    private final RestoreEnvironment env;
    private final Disk disk;
    private final LogNames names;
    private final String source;
    private final List<EngineEvent> events = new ArrayList<>();
    private Redo redo;

    private HardRecovery(EngineConfig config, RestoreEnvironment env) {
        this.config = config;
        this.env = env;
        this.disk = config.disk();
        this.names = config.names();
        this.source = config.profile().eventSource();
    }

    public static RecoveryResult run(EngineConfig config, RestoreEnvironment env) {
        return new HardRecovery(config, env).run();
    }

    private RecoveryResult run() {
        RestoreEnvironmentFile.Status status = RestoreEnvironmentFile.Status.RECOVERED;
        int error = 0;
        RecoveryResult result;
        try {
            events.add(EngineEvent.info(source, 204, "The database engine is starting a restore: replaying the logs in "
                    + env.backupLogFolder() + ", then rolling forward in " + env.targetLogFolder() + "."));
            recover();
            events.add(EngineEvent.info(source, EngineEvent.STOP_REDO, "The database engine has successfully completed recovery steps."));
            result = RecoveryResult.success(RecoveryResult.Kind.HARD, replayed(), events);
        } catch (JetException e) {
            status = RestoreEnvironmentFile.Status.FAILED;
            error = e.error().number();
            events.add(EngineEvent.error(source, EngineEvent.RESTORE_DATABASE_FAIL, "Database recovery/restore failed with unexpected error "
                    + e.error().number() + ".", e.error()));
            result = RecoveryResult.failure(RecoveryResult.Kind.HARD, replayed(), events, e, redo == null ? null : redo.lastPosition());
        }
        if (config.profile().restoreMarker() == EngineProfile.RestoreMarker.RESTORE_ENV && disk.exists(env.backupLogFolder().resolve(RestoreEnvironmentFile.NAME))) {
            RestoreEnvironmentFile.write(disk, env.backupLogFolder(), new RestoreEnvironmentFile.Contents(env, status, error));
        }
        return result;
    }

    private List<Integer> replayed() {
        return redo == null ? List.of() : redo.replayed();
    }

    private void recover() {
        DatabaseHeader db = DatabaseFile.readHeader(disk, config.databaseFile());
        int high = env.generationHigh();
        if (config.profile().patchFiles()) {
            String dbName = config.databaseFile().getFileName().toString();
            PatchFile patch = PatchFile.read(disk, env.backupLogFolder().resolve(PatchFile.nameFor(dbName)));
            if (!patch.databaseSignature().equals(db.databaseSignature()) || patch.backup().generationLow() != env.generationLow()) {
                throw new JetException(JetError.JET_errDatabasePatchFileMismatch, env.backupLogFolder().resolve(PatchFile.nameFor(dbName)),
                        "the patch file was not made by the backup the database was restored from");
            }
            high = patch.backup().generationHigh();
            db = db.withBackups(db.lastFullBackup(), patch.backup());
        }

        Map<Integer, Path> backupSet = new LinkedHashMap<>();
        Map<Integer, LogFileHeader> headers = new TreeMap<>();
        Signature stream = null;
        for (int g = env.generationLow(); g <= high; g++) {
            Path p = env.backupLogFolder().resolve(names.numbered(g));
            if (!disk.exists(p)) {
                events.add(EngineEvent.error(source, 435, "The restored log file " + p + " is missing.", JetError.JET_errMissingRestoreLogFiles));
                throw new JetException(JetError.JET_errMissingRestoreLogFiles, p, "a log of the backup set (" + names.numbered(env.generationLow())
                        + " to " + names.numbered(high) + ") is missing");
            }
            LogFileHeader h = LogFile.readHeader(disk, p);
            if (stream == null) {
                stream = h.logSignature();
            } else if (!h.logSignature().equals(stream)) {
                throw new JetException(JetError.JET_errGivenLogFileHasBadSignature, p, "this restored log belongs to another log stream");
            }
            if (h.generation() != g) {
                throw new JetException(JetError.JET_errGivenLogFileIsNotContiguous, p, "the restored logs do not follow on");
            }
            LogFileHeader previous = headers.get(g - 1);
            if (previous != null && !h.previousGenerationCreated().equals(previous.created())) {
                events.add(EngineEvent.error(source, 434, "The timestamp for restored logfile " + p
                        + " does not match the timestamp recorded in the logfile previous to it.", JetError.JET_errGivenLogFileIsNotContiguous));
                throw new JetException(JetError.JET_errGivenLogFileIsNotContiguous, p, "its previous generation was created at "
                        + h.previousGenerationCreated() + ", not at " + previous.created());
            }
            backupSet.put(g, p);
            headers.put(g, h);
        }
        if (!db.logSignature().equals(stream)) {
            throw new JetException(JetError.JET_errDatabaseLogSetMismatch, config.databaseFile(), "the restored database does not belong to the restored logs");
        }

        Map<Integer, Path> live = liveLogs(high, stream, headers);

        int last = live.isEmpty() ? high : ((TreeMap<Integer, Path>) live).lastKey();
        LogFileHeader lastHeader = headers.get(last);
        redo = new Redo(config, db, stream, Lgpos.ofGeneration(env.generationLow()));
        redo.highestLog(last, lastHeader.created());
        redo.requireLogs(env.generationLow(), last, lastHeader.created());
        LogFile.Scan lastScan = null;
        Path lastPath = null;
        for (var e : backupSet.entrySet()) {
            lastScan = replay(e.getValue(), true, false);
            lastPath = e.getValue();
        }
        for (var e : live.entrySet()) {
            boolean current = e.getValue().getFileName().toString().equalsIgnoreCase(names.current());
            lastScan = replay(e.getValue(), false, current);
            lastPath = e.getValue();
        }
        finish(lastPath, lastScan, stream);
    }

    private Map<Integer, Path> liveLogs(int high, Signature stream, Map<Integer, LogFileHeader> headers) {
        LogFolder folder = LogFolder.read(disk, env.targetLogFolder(), names);
        TreeMap<Integer, Path> live = new TreeMap<>();
        folder.numbered().forEach((g, p) -> {
            if (g > high) {
                live.put(g, p);
            }
        });
        if (folder.current().isPresent()) {
            Path current = folder.current().get();
            LogFileHeader h = LogFile.readHeader(disk, current);
            // a current log at or below the backup set's last generation is caught below, as not following it
            if (live.containsKey(h.generation())) {
                throw new JetException(JetError.JET_errExistingLogFileIsNotContiguous, current, "the current log's generation "
                        + LogNames.describe(h.generation()) + " is also a numbered log's");
            }
            live.put(h.generation(), current);
        }
        int expected = high + 1;
        for (var e : live.entrySet()) {
            Path p = e.getValue();
            if (e.getKey() != expected) {
                if (expected == high + 1) {
                    events.add(EngineEvent.error(source, 458, "The log file " + p + " does not follow the backup set's last log "
                            + names.numbered(high) + ".", JetError.JET_errExistingLogFileIsNotContiguous));
                    throw new JetException(JetError.JET_errExistingLogFileIsNotContiguous, p,
                            "the live logs start at " + LogNames.describe(e.getKey()) + ", the backup set ends at " + LogNames.describe(high));
                }
                Path missing = env.targetLogFolder().resolve(names.numbered(expected));
                events.add(EngineEvent.error(source, 450, "The log file " + missing + " is missing.", JetError.JET_errMissingCurrentLogFiles));
                throw new JetException(JetError.JET_errMissingCurrentLogFiles, missing, "generation " + LogNames.describe(expected)
                        + " is missing while " + p.getFileName() + " is present");
            }
            LogFileHeader h = LogFile.readHeader(disk, p);
            if (h.generation() != e.getKey()) {
                throw new JetException(JetError.JET_errLogGenerationMismatch, p, "the name says generation "
                        + LogNames.describe(e.getKey()) + ", the header says " + LogNames.describe(h.generation()));
            }
            if (!h.logSignature().equals(stream)) {
                events.add(EngineEvent.error(source, 457, "The log file " + p + " belongs to another log stream.", JetError.JET_errExistingLogFileHasBadSignature));
                throw new JetException(JetError.JET_errExistingLogFileHasBadSignature, p, "the log belongs to another log stream");
            }
            LogFileHeader previous = headers.get(e.getKey() - 1);
            if (previous != null && !h.previousGenerationCreated().equals(previous.created())) {
                throw new JetException(JetError.JET_errExistingLogFileIsNotContiguous, p, "its previous generation was created at "
                        + h.previousGenerationCreated() + ", not at " + previous.created());
            }
            headers.put(e.getKey(), h);
            expected++;
        }
        return live;
    }

    private LogFile.Scan replay(Path log, boolean inBackupSet, boolean currentLog) {
        LogFile.InPlace read = LogFile.scanInPlace(disk, log);
        redo.replay(read);
        LogFile.Scan scan = read.scan();
        events.add(EngineEvent.info(source, EngineEvent.STATUS_REDO, "The database engine has replayed log file " + log + "."));
        Optional<ese.recovery.log.LogDamage> damage = scan.damage();
        if (damage.isPresent() && !(currentLog && damage.get().tailOnly())) {
            redo.flush();
            JetError error = inBackupSet ? JetError.JET_errLogCorruptDuringHardRestore : JetError.JET_errLogCorruptDuringHardRecovery;
            events.add(EngineEvent.error(source, inBackupSet ? 463 : EngineEvent.LOG_CORRUPTION_DURING_HARD_RECOVERY,
                    "Corruption was detected during hard recovery in log file " + log + " at position " + damage.get() + ".", error));
            throw new JetException(error, log, "damaged at " + damage.get());
        }
        return scan;
    }

    /** Ends in the current log if it was replayed, else starts the next generation as the current log. */
    private void finish(Path lastPath, LogFile.Scan lastScan, Signature stream) {
        boolean endsInCurrent = lastPath.getFileName().toString().equalsIgnoreCase(names.current())
                && lastPath.getParent().equals(config.logFolder());
        LogAppender appender;
        if (endsInCurrent) {
            appender = new LogAppender(config, LogWriter.resume(disk, lastPath, lastScan), lastScan::end, List::of, h -> {
            });
        } else {
            Path numbered = config.numberedLog(lastScan.header().generation());
            if (!numbered.equals(lastPath) && !disk.exists(numbered)) {
                // the last log replayed is the backup set's, in the restore folder: the live folder continues from it
                disk.create(numbered, disk.read(lastPath));
                disk.flush(numbered);
            }
            Lgpos end = lastScan.end();
            appender = new LogAppender(config, LogWriter.resume(disk, numbered, lastScan), () -> end, List::of, h -> {
            });
            appender.roll();
        }
        List<LogRecord> records = new ArrayList<>();
        boolean attached = redo.attached();
        if (attached) {
            records.addAll(redo.undoOpenTransactions());
        }
        records.add(new LogRecord.RecoveryQuit());
        List<Lgpos> positions = appender.append(records);
        Lgpos quit = positions.get(positions.size() - 1);
        redo.consistentAt(quit);
        DatabaseHeader h = redo.header();
        // a database hard recovery runs on was restored from an online backup: its header names that backup
        BackupInfo backup = h.currentFullBackup();
        redo.markRestored();
        redo.flush();
        LogTime now = LogTime.of(config.clock().now());
        CheckpointFile.write(disk, config.checkpointFile(),
                new Checkpoint(quit, stream, now, backup.mark(), config.databaseFile().getFileName().toString()));
    }
}
