package ese.recovery.advice;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.io.Disk;
import ese.recovery.io.ReadOnlyDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogSequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a server's folder (logs, checkpoint, database header, reserve logs, {@code restore.env}) and says
 * every situation of KB 812592, KB Q188674 and the engine's other documented behaviour it is in (the
 * articles' rule alone, with eserecover's steps, is {@link Advisor}'s), with the
 * evidence read, what to do and not to do, and the sources. It only reads: every file is opened through
 * a {@link ReadOnlyDisk}.
 */
public final class SituationAdvisor {
    /** ESE's legacy lGenerationMax (daeconst.hxx): closing this generation opens the last one. */
    static final int GENERATION_MAX = 0xFFFEF;
    /** Past this generation ESE starts warning (event 514). */
    static final int GENERATION_WARNING_THRESHOLD = 0xE0000;

    static final String KB812592_DEFINITIONS = "KB 812592, Definitions";
    static final String KB812592_WHEN_NOT = "KB 812592, When not to manipulate log files";
    static final String KB812592_HARD_RECOVERY = "KB 812592, Completing a hard recovery does not require renaming";
    static final String KB812592_WHEN_TO = "KB 812592, When to manipulate the log files";
    static final String KB812592_CONCLUSION = "KB 812592, Conclusion";
    static final String KBQ188674 = "KB Q188674, Cause and Workaround (the Restore in Progress key)";
    static final String KBQ200941 = "KB Q200941 (how the Restore in Progress key works)";

    private final Disk disk;
    private final Path folder;
    private final EngineProfile profile;
    private final LogNames names;
    private final List<Finding> findings = new ArrayList<>();

    private SituationAdvisor(Disk disk, Path folder, EngineProfile profile) {
        this.disk = new ReadOnlyDisk(disk);
        this.folder = folder;
        this.profile = profile;
        this.names = new LogNames(profile.logBase());
    }

    /** Examines a folder laid out as {@code EngineConfig.inFolder} lays it out, for the engine its files name. */
    public static SituationReport examine(Disk disk, Path folder) {
        return examine(disk, folder, profileOf(disk, folder));
    }

    public static SituationReport examine(Disk disk, Path folder, EngineProfile profile) {
        return new SituationAdvisor(disk, folder, profile).examine();
    }

    /** EDB logs are Exchange 5.5's; E00 logs Exchange 2000's, with patch files before SP2. */
    static EngineProfile profileOf(Disk disk, Path folder) {
        boolean edb = false;
        boolean patch = false;
        List<Path> files = new ArrayList<>(disk.list(folder));
        if (disk.isDirectory(folder.resolve("restore"))) {
            files.addAll(disk.list(folder.resolve("restore")));
        }
        for (Path p : files) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            edb |= n.startsWith("edb") && (n.endsWith(".log") || n.endsWith(".chk"));
            patch |= n.endsWith(".pat");
        }
        if (edb) {
            return EngineProfile.EXCHANGE_5_5;
        }
        return patch ? EngineProfile.EXCHANGE_2000 : EngineProfile.EXCHANGE_2000_SP2;
    }

    private SituationReport examine() {
        Path dbPath = folder.resolve(profile.databaseName());
        Optional<DatabaseHeader> db = read(() -> DatabaseFile.readHeader(disk, dbPath));
        LogSequence.Verification logs = LogSequence.verify(disk, folder, names);
        LogFolder present = LogFolder.read(disk, folder, names);
        Optional<LogFileHeader> current = logs.logs().stream().filter(l -> l.role() == LogSequence.Role.CURRENT)
                .findFirst().flatMap(LogSequence.LogCheck::header);
        Optional<Checkpoint> checkpoint = read(() -> CheckpointFile.read(disk, folder.resolve(names.checkpoint())).orElse(null));
        Optional<RestoreEnvironmentFile.Contents> restore = read(() -> RestoreEnvironmentFile.read(disk, folder.resolve("restore"))
                .or(() -> RestoreEnvironmentFile.read(disk, folder)).orElse(null));

        boolean restorePending = restore.isPresent() && restore.get().status() != RestoreEnvironmentFile.Status.RECOVERED;
        restore.ifPresent(r -> restoreFindings(r));
        db.ifPresent(h -> {
            if (h.currentFullBackup().isSet() && !restorePending) {
                backupWithoutHardRecovery(h);
            }
        });
        if (present.isEmpty()) {
            if (!restorePending) {
                noLogs(db, dbPath);
            }
            return advice();
        }
        if (db.isEmpty() && !restorePending) {
            add(Situation.DATABASE_MISSING, JetError.JET_errAttachedDatabaseMismatch,
                    List.of(dbPath.getFileName() + " is not in the folder; the logs run to " + current.map(c -> names.current() + " (generation "
                            + LogNames.describe(c.generation()) + ")").orElse("the numbered logs")),
                    List.of("put the database back where the logs expect it (it must be the same database: its database signature)",
                            "if the database is truly gone and not needed, run eseutil /r " + profile.logBase() + " /i so that recovery ignores it"),
                    List.of("delete the logs to make the error go away: they hold the work not yet in any database"),
                    List.of("ESE logredo.cxx l.2139-2180 (ErrLGRICheckForAttachedDatabaseMismatch), event 494 (jetmsg.mc l.1171-1175)",
                            "ESE eseutil.cxx l.272, l.1659 (/i, JET_bitReplayIgnoreMissingDB)"));
        }
        current.ifPresent(c -> db.ifPresent(h -> databaseOfAnotherStream(h, c, dbPath)));
        logStreamFindings(logs, present, db, current, restorePending);
        if (!restorePending) {
            db.ifPresent(h -> current.ifPresent(c -> requiredLogs(h, c, present, logs)));
        }
        checkpointFindings(checkpoint, current, present);
        reserveLogs(current);
        current.ifPresent(this::circularAndCeiling);
        if (findings.stream().noneMatch(f -> f.situation().blocking())) {
            db.ifPresent(h -> {
                if (h.state().consistent()) {
                    add(Situation.NOTHING_TO_RECOVER, null, List.of(dbPath.getFileName() + ": State " + h.state().shown() + ", Log Required "
                                    + h.logRequired()),
                            List.of("mount the store"), List.of(), List.of(KB812592_DEFINITIONS));
                } else if (!restorePending) {
                    add(Situation.SOFT_RECOVERY_WILL_RUN, null, List.of(dbPath.getFileName() + ": State " + h.state().shown() + ", Log Required "
                                    + h.logRequired(), "every log from the checkpoint to " + names.current() + " is present and follows on"),
                            List.of("mount the store: soft recovery replays the logs and the database becomes consistent"),
                            List.of("remove or rename any log: soft recovery needs them all, and " + names.current()),
                            List.of(KB812592_DEFINITIONS));
                }
            });
        }
        return advice();
    }

    private SituationReport advice() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> !f.situation().blocking()));
        return new SituationReport(folder, profile, sorted);
    }

    private void restoreFindings(RestoreEnvironmentFile.Contents r) {
        var env = r.environment();
        String range = names.numbered(env.generationLow()) + " to " + names.numbered(env.generationHigh());
        if (r.status() == RestoreEnvironmentFile.Status.FAILED) {
            Optional<JetError> error = JetError.byNumber(r.lastError());
            add(Situation.RESTORE_FAILED, error.orElse(null),
                    List.of("restore.env: the last hard recovery failed with error " + r.lastError(), "restored logs " + range),
                    List.of("remove the damaged log and every log after it from the log folder, remove the checkpoint, then run hard recovery again"),
                    List.of("rename a log to " + names.current() + ": hard recovery does not need it"),
                    List.of(KB812592_HARD_RECOVERY, KB812592_CONCLUSION));
        } else if (r.status() == RestoreEnvironmentFile.Status.PENDING) {
            add(Situation.RESTORE_PENDING, null,
                    List.of("restore.env: hard recovery not yet run", "restored logs " + range + ", then the logs in " + env.targetLogFolder()),
                    List.of("remove any damaged log and every log after it from the log folder, and the checkpoint file",
                            "complete the restore (mount the store, or eseutil /cc): hard recovery replays the restored logs, then the logs on disk "
                                    + "as long as they follow on"),
                    List.of("rename a log to " + names.current() + ": no renaming is required, hard recovery does not require it"),
                    List.of(KB812592_HARD_RECOVERY, "ESE logutil.cxx l.757-760 (ErrLGRestore)"));
        }
    }

    private void backupWithoutHardRecovery(DatabaseHeader h) {
        boolean key = profile.restoreMarker() == EngineProfile.RestoreMarker.RESTORE_IN_PROGRESS_KEY;
        List<String> evidence = List.of(profile.databaseName() + ": Current Full Backup " + h.currentFullBackup()
                + " (a copy from an online backup), State " + h.state().shown(), key ? "no Restore in Progress key can be read here"
                : "no restore.env waiting in the restore folder");
        if (key) {
            add(Situation.BACKUP_DATABASE_WITHOUT_HARD_RECOVERY, JetError.JET_errMissingLogFile, evidence,
                    List.of("make sure the Restore in Progress key is in place and start the service itself (Control Panel, or the backup "
                            + "program's Start Services after Restore), so the engine reads the key and runs hard recovery",
                            "on a cluster, bring the resource online in Cluster Administrator only after hard recovery has finished"),
                    List.of("bring the cluster resource online first: its registry checkpoint erases the Restore in Progress key, soft recovery "
                            + "runs instead and fails (-528, MSExchangeDS event 1002)"),
                    List.of(KBQ188674, KBQ200941));
        } else {
            add(Situation.BACKUP_DATABASE_WITHOUT_HARD_RECOVERY, JetError.JET_errSoftRecoveryOnBackupDatabase, evidence,
                    List.of("restore the online backup again, with its logs (and patch file before SP2), and let hard recovery run"),
                    List.of("run soft recovery (eseutil /r) on it: the database is a backup copy (-544, event 619)"),
                    List.of(KB812592_DEFINITIONS, "ESE logredo.cxx l.5940-5990 (ErrLGRICheckAttachNow), jethdr.w -544"));
        }
    }

    private void noLogs(Optional<DatabaseHeader> db, Path dbPath) {
        db.ifPresent(h -> {
            if (h.state().consistent()) {
                add(Situation.NO_LOGS_CLEAN_DATABASE, null,
                        List.of("no log of base " + names.base() + " in the folder", dbPath.getFileName() + ": State " + h.state().shown()),
                        List.of("mount the store: the engine starts a new log stream at generation 1",
                                "take a new full online backup: the earlier backups do not apply to the new log stream"),
                        List.of(), List.of("ESE logredo.cxx l.14903-14905", "KB 830408"));
            } else {
                add(Situation.NO_LOGS_DIRTY_DATABASE, JetError.JET_errDatabaseDirtyShutdown,
                        List.of("no log of base " + names.base() + " in the folder", dbPath.getFileName() + ": State " + h.state().shown()
                                + ", Log Required " + h.logRequired()),
                        List.of("put the logs " + h.logRequired() + " back, if they exist somewhere",
                                "otherwise restore the last online backup and run hard recovery"),
                        List.of("start the store on a new log stream: the database is not consistent (-550)"),
                        List.of("ESE db.cxx ErrDBReadHeaderCheckConsistency (-550)", KB812592_CONCLUSION));
            }
        });
    }

    private void databaseOfAnotherStream(DatabaseHeader h, LogFileHeader c, Path dbPath) {
        String name = dbPath.getFileName().toString();
        boolean otherSignature = c.attachments().stream()
                .anyMatch(a -> a.database().equalsIgnoreCase(name) && !a.databaseSignature().equals(h.databaseSignature()));
        boolean otherStream = !h.state().consistent() && !h.logSignature().equals(c.logSignature());
        if (otherSignature || otherStream) {
            add(Situation.DATABASE_OF_ANOTHER_LOG_STREAM, JetError.JET_errAttachedDatabaseMismatch,
                    List.of(name + ": database signature " + h.databaseSignature() + ", log signature " + h.logSignature(),
                            names.current() + ": log signature " + c.logSignature() + (otherSignature ? ", attached " + name + " with another database signature" : "")),
                    List.of("put back the database these logs belong to", "if this database is the one to keep, do not replay these logs into it: "
                            + "eseutil /r /i leaves it as it is"),
                    List.of("copy a database from another server in place of this one and expect the logs to replay into it"),
                    List.of("ESE logredo.cxx l.5476-5520 (deferred attachment), l.2139-2180 (-1216 at the end of recovery)"));
        }
    }

    private void logStreamFindings(LogSequence.Verification logs, LogFolder present, Optional<DatabaseHeader> db, Optional<LogFileHeader> current,
                                   boolean restorePending) {
        boolean clean = db.map(h -> h.state().consistent()).orElse(false);
        for (LogSequence.Finding f : logs.findings()) {
            String file = f.file().getFileName().toString();
            switch (f.error()) {
                case JET_errBadLogSignature -> add(Situation.LOG_OF_ANOTHER_LOG_STREAM, f.error(), List.of(f.toString()),
                        List.of("move " + file + " out of the log folder and put back the log of this stream, if there is one"),
                        List.of("rename " + file + " to fill the place: a log of another stream cannot be replayed"),
                        List.of("ESE log.cxx l.4004-4010 (-530)"));
                case JET_errInvalidLogSequence -> add(Situation.LOG_OUT_OF_SEQUENCE, f.error(), List.of(f.toString()),
                        List.of("find the copy of " + file + " that belongs after the log before it (the one created after it), or restore from backup"),
                        List.of("mix logs from before and after a restore: their generations match but their times do not"),
                        List.of("ESE logredo.cxx l.4403-4429 (-515)"));
                case JET_errLogGenerationMismatch -> add(Situation.LOG_OUT_OF_SEQUENCE, f.error(), List.of(f.toString()),
                        List.of("give " + file + " back its own name: the generation in its header is authoritative"),
                        List.of(), List.of("ESE logredo.cxx (-513)", KB812592_WHEN_NOT));
                case JET_errMissingLogFile -> {
                    if (!(restorePending && names.isCurrent(f.file().getFileName().toString()))) {
                        missing(f, present, clean, current);
                    }
                }
                default -> damaged(f, present, db, clean);
            }
        }
        if (present.current().isEmpty() && present.temporary().isPresent()) {
            add(Situation.TEMPORARY_LOG_AS_CURRENT_LOG, null, List.of(names.temporary() + " is there, " + names.current() + " is not"),
                    List.of("mount the store: soft recovery takes " + names.temporary() + " as the current log"),
                    List.of("delete " + names.temporary() + " or rename another log to " + names.current()),
                    List.of("ESE logredo.cxx l.4323, l.14941 (FTempLogExists)"));
        }
    }

    private void missing(LogSequence.Finding f, LogFolder present, boolean clean, Optional<LogFileHeader> current) {
        String file = f.file().getFileName().toString();
        if (!names.isCurrent(file)) {
            add(Situation.LOG_MISSING_IN_SEQUENCE, f.error(), List.of(f.toString()),
                    List.of("put " + file + " back; without it, restore the last online backup and run hard recovery with only the logs "
                            + "before the gap"),
                    List.of("rename a later log to " + file + ": its header names its own generation and the previous one's time"),
                    List.of("ESE logredo.cxx l.4262-4297 (-528, event 558)"));
            return;
        }
        String highest = present.highestNumbered().map(names::numbered).orElse("the highest numbered log");
        if (clean) {
            add(Situation.OFFLINE_BACKUP_WITH_DAMAGED_CURRENT_LOG, f.error(), List.of(f.toString(), "the database is in Clean Shutdown state"),
                    List.of("rename " + highest + " to " + names.current() + ", remove the checkpoint file, then mount the store: soft recovery "
                            + "plays the logs into the database"),
                    List.of("do this if soft recovery has already failed on this database"),
                    List.of(KB812592_WHEN_TO, KB812592_CONCLUSION));
        } else {
            add(Situation.CURRENT_LOG_MISSING, f.error(), List.of(f.toString(), "the database is not in Clean Shutdown state"),
                    List.of("put " + names.current() + " back if it exists somewhere",
                            "otherwise restore the last online backup; hard recovery does not require " + names.current()),
                    List.of("rename " + highest + " to " + names.current() + " over this database: soft recovery requires "
                            + names.current() + ", and the database requires what was in it"),
                    List.of(KB812592_DEFINITIONS, KB812592_CONCLUSION));
        }
    }

    private void damaged(LogSequence.Finding f, LogFolder present, Optional<DatabaseHeader> db, boolean clean) {
        String file = f.file().getFileName().toString();
        if (names.isCurrent(file) && clean) {
            String highest = present.highestNumbered().map(names::numbered).orElse("the highest numbered log");
            add(Situation.OFFLINE_BACKUP_WITH_DAMAGED_CURRENT_LOG, f.error(), List.of(f.toString(), "the database is in Clean Shutdown state"),
                    List.of("remove the damaged " + names.current() + ", rename " + highest + " to " + names.current()
                            + ", remove the checkpoint file, then mount the store: soft recovery plays all the logs"),
                    List.of("do this after a soft recovery has failed on the database: then renaming will not work"),
                    List.of(KB812592_WHEN_TO, KB812592_CONCLUSION));
            return;
        }
        List<String> evidence = new ArrayList<>(List.of(f.toString()));
        db.ifPresent(h -> evidence.add(profile.databaseName() + ": State " + h.state().shown() + ", Log Required " + h.logRequired()));
        add(Situation.DAMAGED_LOG_NEEDED_BY_THE_DATABASE, f.error(), evidence,
                List.of("restore the last online backup; before hard recovery, remove " + file + ", every log after it and "
                        + names.current() + ", and the checkpoint file; hard recovery then replays the restored logs and the good logs before "
                        + file),
                List.of("rename the last good log to " + names.current() + " or remove only the bad log: information from the damaged log "
                        + "may already be committed to the database, and it will not soft recover"),
                List.of(KB812592_WHEN_NOT, KB812592_HARD_RECOVERY, "ESE logread_legacy.cxx l.2968-2996 (-501, event 465)"));
    }

    private void requiredLogs(DatabaseHeader h, LogFileHeader c, LogFolder present, LogSequence.Verification logs) {
        if (h.state().consistent() || !h.logSignature().equals(c.logSignature()) || h.logRequiredHigh() == 0) {
            return;
        }
        int currentGen = c.generation();
        boolean highMissing = h.logRequiredHigh() > currentGen;
        boolean otherTime = h.logRequiredHigh() == currentGen && h.logRequiredHighCreated().isSet()
                && !h.logRequiredHighCreated().equals(c.created());
        int lowest = present.lowestNumbered().filter(g -> g < currentGen).orElse(currentGen);
        boolean lowMissing = h.logRequiredLow() > 0 && h.logRequiredLow() < lowest;
        if (!highMissing && !otherTime && !lowMissing) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(profile.databaseName() + ": State " + h.state().shown() + ", Log Required " + h.logRequired()
                + (h.logRequiredHighCreated().isSet() ? ", the highest created " + h.logRequiredHighCreated() : ""));
        evidence.add(names.current() + ": generation " + LogNames.describe(currentGen) + ", created " + c.created());
        if (lowMissing) {
            evidence.add("the lowest log present is " + LogNames.describe(lowest));
        }
        add(Situation.REQUIRED_LOGS_MISSING, profile.requiredLogsMissing(), evidence,
                List.of("put the required logs back if they exist (a renamed log back to its own name)",
                        "otherwise restore the last online backup and run hard recovery"),
                List.of("rename an earlier log to " + names.current() + ": the database header records the highest log and its creation time, "
                        + "so it is designed to fail"),
                List.of(KB812592_WHEN_NOT, "ESE logredo.cxx l.4556-4648 (event 496), l.13614-13745 (event 453, -543)"));
    }

    private void checkpointFindings(Optional<Checkpoint> checkpoint, Optional<LogFileHeader> current, LogFolder present) {
        Path file = folder.resolve(names.checkpoint());
        if (checkpoint.isEmpty()) {
            add(Situation.CHECKPOINT_MISSING, null, List.of(names.checkpoint() + (disk.exists(file) ? " cannot be read" : " is not in the folder")),
                    List.of("nothing: soft recovery replays from the lowest log present (" + present.lowestNumbered().map(names::numbered)
                            .orElse(names.current()) + "), only more slowly"),
                    List.of(), List.of("ESE logredo.cxx l.11-13, l.15178-15215 (ErrLGSoftStart)"));
        } else if (current.isPresent() && !checkpoint.get().logSignature().equals(current.get().logSignature())) {
            add(Situation.CHECKPOINT_OF_ANOTHER_LOG_STREAM, null,
                    List.of(names.checkpoint() + ": log signature " + checkpoint.get().logSignature(),
                            names.current() + ": log signature " + current.get().logSignature()),
                    List.of("remove " + names.checkpoint() + ": the engine ignores it and replays from the lowest log present"),
                    List.of(), List.of("ESE log.cxx l.2590-2596 (-532), logredo.cxx l.15089-15094 (ignored by soft start)"));
        }
    }

    private void reserveLogs(Optional<LogFileHeader> current) {
        List<String> missing = new ArrayList<>();
        for (String r : List.of("res1.log", "res2.log")) {
            if (!disk.exists(folder.resolve(r))) {
                missing.add(r);
            }
        }
        boolean inReserve = current.map(LogFileHeader::reserveLog).orElse(false);
        if (missing.isEmpty() && !inReserve) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        if (!missing.isEmpty()) {
            evidence.add(String.join(" and ", missing) + " missing");
        }
        if (inReserve) {
            evidence.add(names.current() + " was written in a reserve log (fLGReservedLog)");
        }
        add(Situation.LOG_DISK_FULL, inReserve ? JetError.JET_errLogDiskFull : null, evidence,
                List.of("free space on the log disk: if the database is in Clean Shutdown state, move (do not delete) numbered logs to "
                        + "another disk, or take an online backup, which truncates them", "then start the store; the reserve logs are made again"),
                List.of("delete logs, or move " + names.current() + ": the database may become unstartable if it is not in Clean Shutdown state"),
                List.of("KB Q163913", "KB Q259751", "event 429 (jetmsg.mc l.774-778)", "ESE logstream.cxx l.1380-1500"));
    }

    private void circularAndCeiling(LogFileHeader c) {
        if (c.circularLogging()) {
            add(Situation.CIRCULAR_LOGGING, null, List.of(names.current() + ": fLGFlags circular logging (0x02)"),
                    List.of("take full online backups only; after a restore expect to recover to the backup, not past it"),
                    List.of("take an incremental backup (-526)", "count on hard recovery to roll a restored backup forward: the logs since are gone"),
                    List.of("ESE logstream.cxx l.1682-1730, l.2441", "ESE backup.cxx l.1673-1675 (-526)"));
        }
        int g = c.generation();
        if (g >= GENERATION_MAX) {
            add(Situation.GENERATION_CEILING_REACHED, profile.logSequenceEndAfterRecovery(),
                    List.of(names.current() + ": generation " + LogNames.describe(g) + ", the last is " + LogNames.describe(GENERATION_MAX + 1)),
                    List.of("dismount the databases cleanly and check they are in Clean Shutdown state",
                            "remove every log and the checkpoint file, then mount: the log stream starts again at generation 1",
                            "take a new full online backup: the earlier ones no longer apply"),
                    List.of("remove the logs of a database that is not in Clean Shutdown state"),
                    List.of("KB 830408", "event 514 (jetmsg.mc l.1287-1291)", "ESE logredo.cxx l.14489-14507 (-548)", "ESE logstream.cxx l.2484-2510 (-519)"));
        } else if (g > GENERATION_WARNING_THRESHOLD) {
            add(Situation.GENERATION_CEILING_NEAR, null,
                    List.of(names.current() + ": generation " + LogNames.describe(g) + ", " + (GENERATION_MAX - g) + " generations left"),
                    List.of("plan a clean shutdown and a restart at generation 1 (remove every log and the checkpoint), then a new full backup"),
                    List.of(), List.of("KB 896001", "event 514 (jetmsg.mc l.1287-1291)", "ESE daeconst.hxx l.50-56"));
        }
    }

    private void add(Situation situation, JetError error, List<String> evidence, List<String> toDo, List<String> notToDo, List<String> sources) {
        findings.add(new Finding(situation, Optional.ofNullable(error), evidence, toDo, notToDo, sources));
    }

    private interface Read<T> {
        T get();
    }

    /** What a file says, or empty when it is missing or cannot be read (the other findings say why). */
    private static <T> Optional<T> read(Read<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (JetException e) {
            return Optional.empty();
        }
    }
}
