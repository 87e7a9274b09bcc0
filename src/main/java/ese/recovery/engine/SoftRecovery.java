package ese.recovery.engine;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
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
import ese.recovery.log.RecordView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Soft recovery, run when a store that stopped abnormally is started (or by eseutil /r):
 * <ol>
 * <li>find the current log ({@code E00.log}, or {@code E00tmp.log} in its place); numbered logs without
 *     one are JET_errMissingLogFile (-528);</li>
 * <li>start at the checkpoint's generation, or at the lowest log when there is no usable checkpoint
 *     (missing, both copies damaged, or of another log stream: ESE ignores it rather than fail with -532);</li>
 * <li>check the database header against the logs present: a database restored from an online backup
 *     needs hard recovery (-544); its Log Required range must be present, with the highest required log
 *     the very one it saw (its creation time), or JET_errRequiredLogFilesMissing (-543);</li>
 * <li>verify every generation from the start to the current log: present (-528), its header readable
 *     (-501), its name and generation agreeing (-513), the same log signature (-530), and its
 *     previous-generation time equal to the previous log's creation time (-515);</li>
 * <li>record the Log Required range in the database header, then replay each log in order; a damaged
 *     block stops recovery with JET_errLogFileCorrupt (-501) after what was replayed has been written
 *     to the database, except a torn write at the very end of the current log, which ends the log;</li>
 * <li>a database the logs still have attached at their end must be there and be the one they attached
 *     (its database signature): a missing database, or one from another server or log stream, is
 *     JET_errAttachedDatabaseMismatch (-1216, event 494), unless the attachment is to be ignored
 *     (eseutil /r /i, {@link Options#ignoreMismatchedAttachments()});</li>
 * <li>roll back the transactions left open, start a new generation, and leave the database consistent
 *     (Clean Shutdown, Log Required 0-0) with the checkpoint at the end of the log;</li>
 * <li>if the current log is at or past the last generation a log stream may use (0xFFFEF), the databases
 *     are consistent but the store may not run on: JET_errLogSequenceEndDatabasesConsistent (-548).</li>
 * </ol>
 */
public final class SoftRecovery {
    private final EngineConfig config;
    private final Disk disk;
    private final LogNames names;
    private final String source;
    private final List<EngineEvent> events = new ArrayList<>();
    private final Options options;
    private final List<Integer> replayed = new ArrayList<>();
    private Redo redo;

    /**
     * How recovery is asked to run. {@code ignoreMismatchedAttachments} is eseutil /r's {@code /i} ("ignore
     * mismatched/missing database attachments", ESE's JET_bitReplayIgnoreMissingDB): recovery completes
     * although the logs' database is missing or is another one; that database is left as it is.
     */
    public record Options(boolean ignoreMismatchedAttachments) {
        public static final Options DEFAULT = new Options(false);
    }

    private SoftRecovery(EngineConfig config, Options options) {
        this.config = config;
        this.options = options;
        this.disk = config.disk();
        this.names = config.names();
        this.source = config.profile().eventSource();
    }

    public static RecoveryResult run(EngineConfig config) {
        return run(config, Options.DEFAULT);
    }

    /** Soft recovery as eseutil /r runs it, with its options. */
    public static RecoveryResult run(EngineConfig config, Options options) {
        return new SoftRecovery(config, options).run();
    }

    private RecoveryResult run() {
        try {
            recover();
            events.add(EngineEvent.info(source, EngineEvent.STOP_REDO, "The database engine has successfully completed recovery steps."));
            return RecoveryResult.success(RecoveryResult.Kind.SOFT, replayed(), events);
        } catch (JetException e) {
            events.add(EngineEvent.error(source, EngineEvent.RESTORE_DATABASE_FAIL, "Database recovery failed with error " + e.error().number()
                    + " (" + e.error().name() + ").", e.error()));
            return RecoveryResult.failure(RecoveryResult.Kind.SOFT, replayed(), events, e, redo == null ? null : redo.lastPosition());
        }
    }

    private List<Integer> replayed() {
        return replayed;
    }

    private void recover() {
        Optional<DatabaseHeader> present = readDatabase();
        LogFolder folder = LogFolder.read(disk, config.logFolder(), names);
        if (folder.isEmpty()) {
            startNewStream(present.orElseThrow(() -> new JetException(JetError.JET_errAttachedDatabaseMismatch, config.databaseFile(),
                    "there is no database and no log to recover")));
            return;
        }
        Path currentPath = folder.current().or(folder::temporary).orElseThrow(() -> {
            Path missing = config.currentLog();
            events.add(EngineEvent.error(source, EngineEvent.LOG_OPEN_FILE_ERROR,
                    "Error opening log file " + missing + ".", JetError.JET_errFileNotFound));
            return new JetException(JetError.JET_errMissingLogFile, missing, "the current log file is missing while numbered logs exist");
        });
        LogFileHeader current = header(currentPath);
        int currentGen = current.generation();
        Signature stream = current.logSignature();
        events.add(EngineEvent.info(source, EngineEvent.START_REDO, "The database engine is starting recovery steps."));

        // a checkpoint of another log stream (-532 when read) is not an error here: ESE's soft start ignores
        // a checkpoint it cannot use, as it does a missing one, and replays from the lowest log present
        // (LOG::ErrLGSoftStart, logredo.cxx: "we have an error reading the checkpoint (like bad signature).
        // We will just ignore it")
        Optional<Checkpoint> checkpoint = readCheckpoint().filter(c -> c.logSignature().equals(stream));
        int lowest = folder.lowestNumbered().filter(g -> g < currentGen).orElse(currentGen);
        int start = checkpoint.map(Checkpoint::generation).orElse(lowest);

        // a database of another log stream (another server's, say) is not the one these logs attached:
        // its header is not checked against them, and redo leaves it alone (ESE defers its attachment)
        boolean ours = present.filter(d -> d.state().consistent() || d.logSignature().equals(stream)).isPresent();
        DatabaseHeader db = present.orElse(null);
        if (ours && !db.state().consistent()) {
            if (db.currentFullBackup().isSet() && config.profile() != EngineProfile.EXCHANGE_5_5) {
                throw new JetException(JetError.JET_errSoftRecoveryOnBackupDatabase, config.databaseFile(),
                        "the database was restored from an online backup and needs hard recovery, not soft recovery");
            }
            // the checkpoint names where redo attaches the database; a database that needs a lower generation
            // than that (a copy of it from before the checkpoint moved on, put back) cannot be attached there:
            // ESE's ErrLGRICheckAttachNow, "lGenMinRequired < lGenCurrent" (logredo.cxx l.5945-5953)
            if (checkpoint.isPresent() && db.logRequiredLow() < start) {
                throw new JetException(config.profile().requiredLogsMissing(), config.databaseFile(), "the database requires logs "
                        + range(db) + " but the checkpoint is in generation " + LogNames.describe(start)
                        + ": recovery would attach it after logs it needs");
            }
            if (db.logRequiredLow() > 0 && db.logRequiredLow() < lowest) {
                events.add(EngineEvent.error(source, EngineEvent.REDO_MISSING_LOW_LOG, String.format(
                        "The database requires logs %s, but the lowest log present is %s.", range(db), LogNames.describe(lowest)),
                        config.profile().requiredLogsMissing()));
                throw new JetException(config.profile().requiredLogsMissing(), config.logFolder().resolve(names.numbered(db.logRequiredLow())),
                        "the database requires logs " + range(db) + " and the lowest present is " + LogNames.describe(lowest));
            }
            if (db.logRequiredHigh() > currentGen) {
                events.add(EngineEvent.error(source, EngineEvent.REDO_MISSING_HIGH_LOG, String.format(
                        "The database requires logs %s, but only logs up to %s are present.", range(db), LogNames.describe(currentGen)),
                        config.profile().requiredLogsMissing()));
                throw new JetException(config.profile().requiredLogsMissing(), currentPath,
                        "the database requires logs " + range(db) + " and the highest present is " + LogNames.describe(currentGen));
            }
        }
        if (start < lowest || start > currentGen) {
            throw new JetException(JetError.JET_errMissingPreviousLogFile, config.logFolder().resolve(names.numbered(start)),
                    "the checkpoint is in generation " + LogNames.describe(start) + " and that log is missing");
        }

        // each log is checked as redo reaches it, so what comes before a bad log is replayed first
        // (ESE's ErrLGRedoFill opens and checks the next generation as it goes)
        SortedMap<Integer, Path> sequence = new TreeMap<>();
        SortedMap<Integer, LogFileHeader> headers = new TreeMap<>();
        JetException broken = null;
        for (int g = start; g <= currentGen && broken == null; g++) {
            try {
                Path p = g == currentGen ? currentPath : folder.numbered().get(g);
                headers.put(g, checkedHeader(g, p, g == currentGen ? current : null, headers.get(g - 1), stream, start, currentGen));
                sequence.put(g, p);
            } catch (JetException e) {
                broken = e;
            }
        }
        if (sequence.isEmpty()) {
            throw broken;
        }
        if (ours && !db.state().consistent() && db.logRequiredHigh() > 0) {
            LogFileHeader high = headers.get(db.logRequiredHigh());
            if (high != null && db.logRequiredHighCreated().isSet() && !high.created().equals(db.logRequiredHighCreated())) {
                Path p = sequence.get(db.logRequiredHigh());
                events.add(EngineEvent.error(source, EngineEvent.REDO_HIGH_LOG_MISMATCH, String.format(
                        "The database requires log %s created at %s; the log found (%s) was created at %s.",
                        LogNames.describe(db.logRequiredHigh()), db.logRequiredHighCreated(), p.getFileName(), high.created()),
                        config.profile().requiredLogsMissing()));
                throw new JetException(config.profile().requiredLogsMissing(), p, "the database requires generation "
                        + LogNames.describe(db.logRequiredHigh()) + " created at " + db.logRequiredHighCreated() + "; this one was created at " + high.created());
            }
        }

        if (db != null && db.state().consistent() && db.logSignature().equals(stream)) {
            Lgpos end = LogFile.scan(disk, currentPath).end();
            if (db.consistentPosition().compareTo(end) >= 0) {
                throw new JetException(JetError.JET_errConsistentTimeMismatch, config.databaseFile(), "the database is consistent at "
                        + db.consistentPosition() + ", past the end of the logs at " + end + ": the logs that made it consistent are gone");
            }
        }
        // with a checkpoint, redo starts at it (start is its generation); without one, at the lowest log
        Lgpos startPosition = checkpoint.map(Checkpoint::checkpoint).orElse(Lgpos.ofGeneration(start));
        if (db != null) {
            redo = new Redo(config, db, stream, startPosition);
            redo.highestLog(currentGen, current.created());
            if (ours && !db.state().consistent()) {
                // start is at or below Log Required's low end here (a checkpoint past it, or a lowest log above it, has thrown)
                redo.requireLogs(start, currentGen, current.created());
            }
        }
        AttachmentCheck attachments = new AttachmentCheck(config.databaseFile().getFileName().toString(), db);
        LogFile.Scan currentScan = null;
        for (var entry : sequence.entrySet()) {
            int g = entry.getKey();
            // read in place: redo applies the records from the log's buffer, decoding none into objects
            LogFile.InPlace log = LogFile.scanInPlace(disk, entry.getValue());
            LogFile.Scan scan = log.scan();
            if (g == currentGen) {
                currentScan = scan;
            }
            if (redo != null) {
                redo.replay(log, attachments);
            } else {
                attachments.follow(log);
            }
            replayed.add(g);
            events.add(EngineEvent.info(source, EngineEvent.STATUS_REDO, "The database engine has replayed log file " + entry.getValue() + "."));
            if (scan.damage().isPresent()) {
                var damage = scan.damage().get();
                if (g == currentGen && damage.tailOnly()) {
                    events.add(new EngineEvent(source, EngineEvent.LOG_TORN_WRITE_DURING_SOFT_RECOVERY, EngineEvent.Type.WARNING,
                            "A torn write was detected at the end of log file " + entry.getValue() + " at " + damage + "; recovery continues.", Optional.empty()));
                } else {
                    if (redo != null) {
                        redo.flush();
                    }
                    events.add(EngineEvent.error(source, EngineEvent.LOG_CORRUPTION_DURING_SOFT_RECOVERY, String.format(
                            "Corruption was detected during soft recovery in log file %s at position %s.", entry.getValue(), damage),
                            JetError.JET_errLogFileCorrupt));
                    throw new JetException(JetError.JET_errLogFileCorrupt, entry.getValue(), "damaged at " + damage);
                }
            }
        }
        if (broken != null) {
            if (redo != null) {
                redo.flush();
            }
            throw broken;
        }
        if (attachments.outstanding()) {
            String why = db == null ? "the database is missing" : "the database there is not the one they attached (another database signature)";
            if (!options.ignoreMismatchedAttachments()) {
                events.add(EngineEvent.error(source, EngineEvent.ATTACHED_DB_MISMATCH_END_OF_RECOVERY, String.format(
                        "Database recovery failed because the logs reference the database %s, which is no longer present or does not match them (%s).",
                        config.databaseFile(), why), JetError.JET_errAttachedDatabaseMismatch));
                throw new JetException(JetError.JET_errAttachedDatabaseMismatch, config.databaseFile(),
                        "the logs still have this database attached at their end, but " + why);
            }
        }
        // The current log is the last one replayed (a broken sequence has thrown above): its scan is what
        // the end of recovery continues from.
        int endGeneration = finish(currentPath, currentScan, stream);
        if (endGeneration >= LogAppender.GENERATION_MAX) {
            throw new JetException(config.profile().logSequenceEndAfterRecovery(), config.currentLog(), "the databases are consistent, but the current log "
                    + LogNames.describe(endGeneration) + " is at the end of the log generations: delete all logs and the checkpoint to start again at 1");
        }
    }

    /**
     * Follows, log by log, whether the logs leave the database attached at their end and whether the
     * database on disk is the one they attached (by its database signature). A clean shutdown or the end
     * of an earlier recovery detaches everything.
     */
    private static final class AttachmentCheck implements LogFile.Visitor {
        private final String name;
        private final DatabaseHeader db;
        private boolean outstanding;

        AttachmentCheck(String name, DatabaseHeader db) {
            this.name = name;
            this.db = db;
        }

        void follow(LogFile.InPlace log) {
            log.forEachRecord(this);
        }

        @Override
        public void header(LogFileHeader header) {
            for (LogFileHeader.AttachInfo a : header.attachments()) {
                if (a.database().equalsIgnoreCase(name)) {
                    outstanding = !matches(a.databaseSignature());
                }
            }
        }

        @Override
        public void record(RecordView r) {
            if (r.type() == LogRecord.TYPE_ATTACH) {
                LogRecord.Attach a = (LogRecord.Attach) r.record();
                if (a.database().equalsIgnoreCase(name)) {
                    outstanding = !matches(a.databaseSignature());
                }
            } else if (r.type() == LogRecord.TYPE_TERM || r.type() == LogRecord.TYPE_RECOVERY_QUIT) {
                outstanding = false;
            }
        }

        private boolean matches(Signature databaseSignature) {
            return db != null && db.databaseSignature().equals(databaseSignature);
        }

        boolean outstanding() {
            return outstanding;
        }
    }

    /**
     * Rolls back what is left open and writes the end of recovery in the current log, as ESE does; only
     * when recovery ended on {@code E00tmp.log} does it first become a numbered log and a new generation start.
     * Then the database is consistent and the checkpoint is at the end of the log.
     */
    private int finish(Path currentPath, LogFile.Scan currentScan, Signature stream) {
        LogWriter writer = LogWriter.resume(disk, currentPath, currentScan);
        boolean newGeneration = !currentPath.equals(config.currentLog());
        if (newGeneration) {
            Path numbered = config.numberedLog(currentScan.header().generation());
            disk.rename(currentPath, numbered);
            writer.renamedTo(numbered);
        }
        Lgpos end = currentScan.end();
        LogAppender appender = new LogAppender(config, writer, () -> end, List::of, h -> {
        });
        if (newGeneration) {
            appender.roll();
        }
        List<LogRecord> records = new ArrayList<>();
        boolean attached = redo != null && redo.attached();
        if (attached) {
            records.addAll(redo.undoOpenTransactions());
        }
        records.add(new LogRecord.RecoveryQuit());
        List<Lgpos> positions = appender.append(records);
        Lgpos quit = positions.get(positions.size() - 1);
        if (attached) {
            redo.consistentAt(quit);
        }
        if (redo != null) {
            redo.flush();
        }
        LogTime now = LogTime.of(config.clock().now());
        CheckpointFile.write(disk, config.checkpointFile(),
                new Checkpoint(quit, stream, now, Lgpos.MIN, config.databaseFile().getFileName().toString()));
        return appender.generation();
    }

    private void startNewStream(DatabaseHeader db) {
        if (!db.state().consistent()) {
            throw new JetException(JetError.JET_errDatabaseDirtyShutdown, config.databaseFile(),
                    "the database was not shut down cleanly and there are no logs to recover it");
        }
        LogTime now = LogTime.of(config.clock().now());
        Signature stream = new Signature(config.nextRandom(), now, config.computerName());
        LogWriter first = LogAppender.createFirst(config, stream, now);
        CheckpointFile.write(disk, config.checkpointFile(), new Checkpoint(first.end(), stream, now, Lgpos.MIN, config.databaseFile().getFileName().toString()));
    }

    /** The database's header, or empty when the file is missing (the logs decide whether that matters). */
    private Optional<DatabaseHeader> readDatabase() {
        if (!disk.exists(config.databaseFile())) {
            return Optional.empty();
        }
        return Optional.of(DatabaseFile.readHeader(disk, config.databaseFile()));
    }

    private Optional<Checkpoint> readCheckpoint() {
        try {
            return CheckpointFile.read(disk, config.checkpointFile());
        } catch (JetException e) {
            if (e.error() == JetError.JET_errCheckpointCorrupt) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The header of generation {@code g}, checked: present (-528), its generation (-513), its stream (-530), its predecessor's time (-515). */
    private LogFileHeader checkedHeader(int g, Path p, LogFileHeader known, LogFileHeader previous, Signature stream, int start, int currentGen) {
        if (p == null) {
            Path missing = config.logFolder().resolve(names.numbered(g));
            events.add(EngineEvent.error(source, EngineEvent.LOG_OPEN_FILE_ERROR,
                    "Error opening log file " + missing + ": the file is missing from the sequence.", JetError.JET_errMissingLogFile));
            throw new JetException(JetError.JET_errMissingLogFile, missing, "generation " + LogNames.describe(g)
                    + " is missing between " + LogNames.describe(start) + " and the current log " + LogNames.describe(currentGen));
        }
        LogFileHeader h = known != null ? known : header(p);
        if (h.generation() != g) {
            throw new JetException(JetError.JET_errLogGenerationMismatch, p,
                    "the name says generation " + LogNames.describe(g) + ", the header says " + LogNames.describe(h.generation()));
        }
        if (!h.logSignature().equals(stream)) {
            throw new JetException(JetError.JET_errBadLogSignature, p, "the log belongs to another log stream (" + h.logSignature() + ")");
        }
        if (previous != null && !h.previousGenerationCreated().equals(previous.created())) {
            throw new JetException(JetError.JET_errInvalidLogSequence, p, "its previous generation was created at "
                    + h.previousGenerationCreated() + " but " + names.numbered(g - 1) + " was created at " + previous.created());
        }
        return h;
    }

    private LogFileHeader header(Path log) {
        try {
            return LogFile.readHeader(disk, log);
        } catch (JetException e) {
            events.add(EngineEvent.error(source, 412, "Unable to read the header of log file " + log + ".", e.error()));
            throw e;
        }
    }

    private static String range(DatabaseHeader db) {
        return db.logRequired();
    }
}
