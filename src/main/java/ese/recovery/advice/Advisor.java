package ese.recovery.advice;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogSequence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * Reads a store's folder (the logs and their sequence, the checkpoint, the database header and pages,
 * a pending restore, backups in its subfolders) and says which rule of KB 812592 applies, what not to do,
 * what to do in order, where the article says so, and the evidence read. It only reads: give it a disk
 * that refuses writes. The commands in the steps are eserecover's.
 */
public final class Advisor {
    private final Disk disk;
    private final Path folder;
    private final List<Advice.Evidence> evidence = new ArrayList<>();

    private Advisor(Disk disk, Path folder) {
        this.disk = disk;
        this.folder = folder;
    }

    public static Advice advise(Disk disk, Path folder) {
        return new Advisor(disk, folder).advise();
    }

    /** A backup found in a subfolder: the database copy and its header. */
    private record Backup(Path database, DatabaseHeader header) {
        boolean online() {
            return header.currentFullBackup().isSet();
        }
    }

    /** What is wrong with the logs a recovery would need: the first generation that cannot be used, and why. */
    private record Break(int generation, String why) {
    }

    private Advice advise() {
        SortedSet<String> streams = LogFolder.streams(disk, folder);
        if (streams.isEmpty()) {
            see(folder, "no log file (such as E00.log or E0000015.log) in the folder");
            return notCovered("The folder holds no transaction logs: the articles' rules are about a store's logs.");
        }
        LogNames names = new LogNames(streams.contains("E00") ? "E00" : streams.first());
        if (streams.size() > 1) {
            see(folder, "several log streams " + streams + "; reading " + names.base());
        }
        EngineProfile profile = names.base().equals("EDB") ? EngineProfile.EXCHANGE_5_5 : EngineProfile.EXCHANGE_2000;
        Path db = folder.resolve(profile.databaseName());
        LogSequence.Verification logs = LogSequence.verify(disk, folder, names);
        describeLogs(logs);
        Optional<Checkpoint> checkpoint = checkpoint(folder.resolve(names.checkpoint()));
        if (!disk.exists(db)) {
            see(db, "missing");
            return notCovered("The folder holds no " + profile.databaseName() + ": the articles' rules are about recovering a database.");
        }
        DatabaseHeader header;
        try {
            header = DatabaseFile.readHeaderCopies(disk, db).header();
        } catch (JetException e) {
            see(db, "header unreadable: " + e.detail() + " (" + e.error() + ")");
            return notCovered("The database header cannot be read: restore the database from a backup.");
        }
        see(db, "State: " + header.state().shown() + ", Log Required: " + header.logRequired()
                + (header.logRequiredHighCreated().isSet() ? ", the highest created " + header.logRequiredHighCreated() : "")
                + (header.currentFullBackup().isSet() ? ", Current Full Backup: " + restoredBackup(header, profile) + " (restored from an online backup)" : ""));
        pages(db);
        Optional<RestoreEnvironmentFile.Contents> restore = restoreEnvironment(folder.resolve("restore"));
        List<Backup> backups = backups(profile);

        Optional<Break> broken = firstBreak(logs, names, header);
        boolean restorePending = restore.filter(r -> r.status() != RestoreEnvironmentFile.Status.RECOVERED).isPresent()
                || (header.currentFullBackup().isSet() && !header.state().consistent());
        if (restorePending) {
            return completeHardRecovery(profile, names, logs, header, restore);
        }
        if (!header.state().consistent()) {
            if (broken.isEmpty()) {
                return new Advice(folder, Advice.Rule.SOFT_RECOVERY,
                        "The store stopped abnormally and every log the database requires is here and sound: bring the store online "
                                + "and soft recovery replays them" + checkpoint.map(c -> ", from the checkpoint in generation "
                                + LogNames.describe(c.generation())).orElse("") + ".",
                        List.of("Do not rename or remove any log: nothing is wrong with them."),
                        List.of("eserecover mount " + folder),
                        List.of(Articles.SOFT_RECOVERY), evidence);
            }
            return cannotSoftRecover(profile, names, logs, header, broken.get(), backups);
        }
        if (broken.isEmpty()) {
            return new Advice(folder, Advice.Rule.NOTHING_TO_RECOVER,
                    "The database is consistent (Clean Shutdown) and the logs are sound: there is nothing to recover; mount the store.",
                    List.of("Do not rename or remove any log."), List.of("eserecover mount " + folder), List.of(Articles.SOFT_RECOVERY), evidence);
        }
        Break b = broken.get();
        return new Advice(folder, Advice.Rule.RENAME_AFTER_OFFLINE_RESTORE,
                "The database is consistent, so soft recovery has not failed on it, and " + b.why() + ": this is the one case where "
                        + "renaming works. Keep the logs before " + names.numbered(b.generation()) + ", make the last of them "
                        + names.current() + ", remove the checkpoint, and mount.",
                List.of("Do not mount the store before the logs are put right: a failed soft recovery records in the database what it "
                        + "required, and renaming no longer works after that."),
                renameSteps(names, logs, b, Optional.empty(), db), List.of(Articles.WHEN_TO, Articles.CONCLUSION), evidence);
    }

    private Advice cannotSoftRecover(EngineProfile profile, LogNames names, LogSequence.Verification logs, DatabaseHeader header, Break b,
                                     List<Backup> backups) {
        String fails = "Soft recovery fails on this database: " + b.why() + ". The database requires logs " + header.logRequired()
                + " and the highest of them created " + header.logRequiredHighCreated() + "; no other log renamed to " + names.current()
                + " is that log.";
        List<String> doNot = List.of("Do not rename a log to " + names.current() + " and do not remove logs to make this database soft-recover: "
                        + "it fails (or has already failed) with " + profile.requiredLogsMissing() + " or the same error again.",
                "Do not delete " + names.numbered(Math.max(1, b.generation() - 1)) + " or any good log before it: recovery will need them.");
        Optional<Backup> offline = backups.stream().filter(x -> !x.online()).findFirst();
        Optional<Backup> online = backups.stream().filter(Backup::online).findFirst();
        boolean currentLogOnly = logs.highGeneration().map(h -> h == b.generation()).orElse(false);
        if (offline.isPresent() && (currentLogOnly || online.isEmpty())) {
            return new Advice(folder, Advice.Rule.RENAME_AFTER_OFFLINE_RESTORE,
                    fails + " An offline backup is here, and soft recovery has not failed on it: restore it first; then, and only "
                            + "then, rename the last good log to " + names.current() + ", remove the checkpoint and mount.",
                    List.of(doNot.get(0), "Do not mount the restored backup before the rename and the removal of the checkpoint: "
                            + "once soft recovery has failed on it, renaming no longer works."),
                    renameSteps(names, logs, b, offline, folder.resolve(profile.databaseName())),
                    List.of(Articles.WHEN_NOT, Articles.WHEN_TO, Articles.CONCLUSION), evidence);
        }
        List<String> steps = new ArrayList<>();
        steps.add(removeSteps(names, logs, b));
        steps.add("Remove the checkpoint " + names.checkpoint() + ".");
        if (online.isPresent()) {
            Backup o = online.get();
            int low = o.header().currentFullBackup().generationLow();
            int high = backupHigh(o, profile);
            steps.add("Restore the online backup: eserecover restore " + o.database().getParent() + " " + folder);
            steps.add("Run hard recovery: eserecover restore-recover " + folder + (profile == EngineProfile.EXCHANGE_5_5
                    ? String.format(" --low 0x%X --high 0x%X", low, high) : "")
                    + " (it replays the backup's logs " + range(low, high) + ", then the good logs on disk up to "
                    + LogNames.describe(b.generation() - 1) + "; it does not need " + names.current() + ").");
            steps.add("Mount the store: eserecover mount " + folder);
            int lowestOnDisk = logs.lowGeneration().orElse(b.generation());
            if (lowestOnDisk > high + 1) {
                see(o.database().getParent(), "logs " + range(high + 1, lowestOnDisk - 1)
                        + " are neither in the backup nor on disk: hard recovery can only replay the backup's logs");
            }
        } else {
            steps.add("Restore the most recent online backup of the database and run hard recovery (eserecover restore, then "
                    + "restore-recover); no backup was found in the folder's subfolders.");
        }
        return new Advice(folder, Advice.Rule.DO_NOT_MANIPULATE_LOGS,
                fails + " Do not rename logs; remove the damaged log and every later one, remove the checkpoint, restore the "
                        + "online backup and let hard recovery replay its logs and then the good logs on disk.",
                doNot, steps, List.of(Articles.WHEN_NOT, Articles.HARD_RECOVERY, Articles.HARD_RECOVERY_E00), evidence);
    }

    private Advice completeHardRecovery(EngineProfile profile, LogNames names, LogSequence.Verification logs, DatabaseHeader header,
                                        Optional<RestoreEnvironmentFile.Contents> restore) {
        List<String> steps = new ArrayList<>();
        Optional<Integer> firstBad = logs.logs().stream().filter(c -> !c.ok() && c.role() == LogSequence.Role.NUMBERED)
                .map(c -> c.expectedGeneration().orElseThrow()).findFirst();
        firstBad.ifPresent(g -> steps.add(removeSteps(names, logs, new Break(g, ""))));
        int low = restore.map(r -> r.environment().generationLow()).orElse(header.currentFullBackup().generationLow());
        int high = restore.map(r -> r.environment().generationHigh()).orElseGet(() -> restoredHigh(header, profile));
        steps.add("Run hard recovery: eserecover restore-recover " + folder
                + (profile == EngineProfile.EXCHANGE_5_5 ? String.format(" --low 0x%X --high 0x%X", low, Math.max(low, high)) : ""));
        steps.add("Mount the store: eserecover mount " + folder);
        String failed = restore.filter(r -> r.status() == RestoreEnvironmentFile.Status.FAILED)
                .map(r -> " The last hard recovery on this restore failed with error " + r.lastError() + ".").orElse("");
        return new Advice(folder, Advice.Rule.COMPLETE_HARD_RECOVERY,
                "The database was restored from an online backup and hard recovery has not completed on it." + failed
                        + " This is the time to remove damaged logs, before hard recovery replays them; no log needs renaming, and "
                        + names.current() + " is not needed.",
                List.of("Do not rename any log to " + names.current() + ": hard recovery does not need it.",
                        "Do not run soft recovery (recover) on the restored database: it is refused with -544 on Exchange 2000, and "
                                + "on Exchange 5.5 it would go without the patch file."),
                steps, List.of(Articles.HARD_RECOVERY, Articles.HARD_RECOVERY_E00, Articles.CONCLUSION), evidence);
    }

    private List<String> renameSteps(LogNames names, LogSequence.Verification logs, Break b, Optional<Backup> offline, Path db) {
        List<String> steps = new ArrayList<>();
        offline.ifPresent(o -> steps.add("Restore the offline backup: copy " + o.database() + " over " + db + "."));
        steps.add(removeSteps(names, logs, b));
        int good = b.generation() - 1;
        steps.add("Rename " + names.numbered(good) + " to " + names.current() + ".");
        steps.add("Remove the checkpoint " + names.checkpoint() + ".");
        steps.add("Mount the store: eserecover mount " + folder + " (soft recovery replays the logs up to " + LogNames.describe(good) + ").");
        return steps;
    }

    /** The removal of the first unusable log and every later one, through the current log. */
    private String removeSteps(LogNames names, LogSequence.Verification logs, Break b) {
        List<String> remove = new ArrayList<>();
        for (LogSequence.LogCheck c : logs.logs()) {
            if (c.role() != LogSequence.Role.TEMPORARY && c.expectedGeneration().map(g -> g >= b.generation()).orElse(false)) {
                remove.add(c.file().getFileName().toString());
            }
        }
        if (remove.isEmpty()) {
            return "Nothing to remove: no log from " + names.numbered(b.generation()) + " on is present.";
        }
        boolean breakIsThere = logs.logs().stream().anyMatch(c -> c.role() != LogSequence.Role.TEMPORARY
                && c.expectedGeneration().map(g -> g == b.generation()).orElse(false));
        return "Remove " + String.join(", ", remove) + (remove.size() == 1 ? "."
                : breakIsThere ? " (the unusable log and every later one)." : " (every log after the missing one).");
    }

    /** The first generation, from the lowest the database requires to the current log, that recovery cannot use. */
    private Optional<Break> firstBreak(LogSequence.Verification logs, LogNames names, DatabaseHeader header) {
        int from = header.state().consistent() || header.logRequiredLow() == 0 ? logs.lowGeneration().orElse(1) : header.logRequiredLow();
        List<Break> breaks = new ArrayList<>();
        for (int g : logs.missingGenerations()) {
            if (g >= from) {
                breaks.add(new Break(g, names.numbered(g) + " is missing"));
            }
        }
        for (LogSequence.LogCheck c : logs.logs()) {
            if (c.role() == LogSequence.Role.TEMPORARY || c.expectedGeneration().isEmpty() || c.expectedGeneration().get() < from) {
                continue;
            }
            int g = c.expectedGeneration().get();
            c.findings().stream().findFirst().ifPresent(f -> breaks.add(new Break(g, c.file().getFileName() + " is unusable: " + f.detail()
                    + " (" + f.error() + ")")));
        }
        if (!header.state().consistent() && header.logRequiredHigh() > 0) {
            int current = logs.highGeneration().orElse(0);
            if (logs.logs().stream().noneMatch(c -> c.role() == LogSequence.Role.CURRENT)) {
                breaks.add(new Break(current + 1, names.current() + " is missing"));
            } else if (current < header.logRequiredHigh()) {
                breaks.add(new Break(current, names.current() + " is generation " + LogNames.describe(current) + ", below the "
                        + LogNames.describe(header.logRequiredHigh()) + " the database requires (a log was renamed)"));
            } else {
                logs.logs().stream().filter(c -> c.expectedGeneration().map(g -> g == header.logRequiredHigh()).orElse(false))
                        .flatMap(c -> c.header().stream()).map(LogFileHeader::created)
                        .filter(t -> header.logRequiredHighCreated().isSet() && !t.equals(header.logRequiredHighCreated())).findFirst()
                        .ifPresent(t -> breaks.add(new Break(header.logRequiredHigh(), "the log of generation " + LogNames.describe(header.logRequiredHigh())
                                + " was created " + t + ", not " + header.logRequiredHighCreated() + " as the database requires (a log was renamed)")));
            }
        }
        return breaks.stream().min((x, y) -> Integer.compare(x.generation(), y.generation()));
    }

    private void describeLogs(LogSequence.Verification logs) {
        see(folder, logs.lowGeneration().map(low -> "logs " + range(low, logs.highGeneration().orElse(low))).orElse("no numbered log")
                + (logs.missingGenerations().isEmpty() ? "" : ", missing " + logs.missingGenerations().stream().map(LogNames::describe).toList()));
        for (LogSequence.LogCheck c : logs.logs()) {
            if (!c.ok()) {
                c.findings().forEach(f -> see(f.file(), f.detail() + " (" + f.error() + ")"));
            } else if (c.role() == LogSequence.Role.CURRENT) {
                see(c.file(), "the current log, generation " + c.header().map(h -> LogNames.describe(h.generation())).orElse("?")
                        + ", created " + c.header().map(h -> h.created().toString()).orElse("?"));
            }
        }
    }

    private Optional<Checkpoint> checkpoint(Path file) {
        try {
            Optional<Checkpoint> c = CheckpointFile.read(disk, file);
            see(file, c.map(x -> "the checkpoint is in generation " + LogNames.describe(x.generation()) + " at " + x.checkpoint()).orElse("missing"));
            return c;
        } catch (JetException e) {
            see(file, e.detail() + " (" + e.error() + ")");
            return Optional.empty();
        }
    }

    private void pages(Path db) {
        try {
            int n = DatabaseFile.readPages(disk, db).size();
            see(db, n + " page(s), every one with a sound checksum");
        } catch (JetException e) {
            see(db, e.detail() + " (" + e.error() + ")");
        }
    }

    private Optional<RestoreEnvironmentFile.Contents> restoreEnvironment(Path restoreFolder) {
        try {
            Optional<RestoreEnvironmentFile.Contents> r = RestoreEnvironmentFile.read(disk, restoreFolder);
            r.ifPresent(c -> see(restoreFolder.resolve(RestoreEnvironmentFile.NAME), "a restore of logs " + range(c.environment().generationLow(),
                    c.environment().generationHigh()) + ", hard recovery " + c.status().name().toLowerCase()
                    + (c.lastError() != 0 ? " with error " + c.lastError() : "")));
            return r;
        } catch (JetException e) {
            see(restoreFolder.resolve(RestoreEnvironmentFile.NAME), e.detail() + " (" + e.error() + ")");
            return Optional.empty();
        }
    }

    /** Database copies in the folder's subfolders: online backups (Current Full Backup set) and offline ones (consistent). */
    private List<Backup> backups(EngineProfile profile) {
        List<Backup> found = new ArrayList<>();
        List<Path> subfolders;
        try (Stream<Path> s = Files.list(folder)) {
            subfolders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            see(folder, "its subfolders cannot be listed: " + e.getMessage());
            return found;
        }
        for (Path sub : subfolders) {
            Path copy = sub.resolve(profile.databaseName());
            if (!disk.exists(copy)) {
                continue;
            }
            try {
                DatabaseHeader h = DatabaseFile.readHeaderCopies(disk, copy).header();
                Backup b = new Backup(copy, h);
                if (b.online()) {
                    see(copy, "an online backup: Current Full Backup logs " + range(h.currentFullBackup().generationLow(), backupHigh(b, profile)));
                    found.add(b);
                } else if (h.state().consistent()) {
                    see(copy, "an offline backup: " + h.state().shown() + ", last consistent at " + h.consistentPosition());
                    found.add(b);
                }
            } catch (JetException e) {
                see(copy, "not usable as a backup: " + e.detail() + " (" + e.error() + ")");
            }
        }
        return found;
    }

    /**
     * The range of the online backup a restored database came from. Before Exchange 2000 SP2 the copy's header
     * holds the backup's first log only, its last log 0: the patch file restored beside the logs (in the restore
     * folder on Exchange 2000, the log folder on Exchange 5.5) holds the range, and eseutil /mh reads it there
     * as "Patch Current Full Backup" (ESE dbdump.cxx l.376-400; hard recovery takes the header's last log from
     * it, db.cxx l.3727-3780).
     */
    private String restoredBackup(DatabaseHeader header, EngineProfile profile) {
        int low = header.currentFullBackup().generationLow();
        int high = header.currentFullBackup().generationHigh();
        if (high != 0) {
            return "logs " + range(low, high);
        }
        Path patch = restoredPatch(profile);
        if (!disk.exists(patch)) {
            return "from log " + LogNames.describe(low) + "; its last log is in " + folder.relativize(patch) + ", which is missing";
        }
        try {
            return "logs " + range(low, ese.recovery.backup.PatchFile.read(disk, patch).backup().generationHigh()) + ", the last from "
                    + folder.relativize(patch);
        } catch (JetException e) {
            return "from log " + LogNames.describe(low) + "; its last log is in " + folder.relativize(patch) + ", which cannot be read: "
                    + e.detail() + " (" + e.error() + ")";
        }
    }

    /** The restored backup's last log: in the database header, or before Exchange 2000 SP2 in the restored patch file; 0 if neither says. */
    private int restoredHigh(DatabaseHeader header, EngineProfile profile) {
        Path patch = restoredPatch(profile);
        if (header.currentFullBackup().generationHigh() != 0 || !disk.exists(patch)) {
            return header.currentFullBackup().generationHigh();
        }
        try {
            return ese.recovery.backup.PatchFile.read(disk, patch).backup().generationHigh();
        } catch (JetException e) {
            return 0;
        }
    }

    /** Where a restore puts the patch file: the restore folder on Exchange 2000, the log folder on Exchange 5.5 (Restore.defaultLogFolder). */
    private Path restoredPatch(EngineProfile profile) {
        String name = ese.recovery.backup.PatchFile.nameFor(profile.databaseName());
        return profile == EngineProfile.EXCHANGE_5_5 ? folder.resolve(name) : folder.resolve("restore").resolve(name);
    }

    /** The backup's last log: in the copy's header, or, before Exchange 2000 SP2, in the patch file next to it. */
    private int backupHigh(Backup b, EngineProfile profile) {
        int high = b.header().currentFullBackup().generationHigh();
        if (high == 0) {
            Path patch = b.database().resolveSibling(ese.recovery.backup.PatchFile.nameFor(profile.databaseName()));
            try {
                if (disk.exists(patch)) {
                    high = ese.recovery.backup.PatchFile.read(disk, patch).backup().generationHigh();
                }
            } catch (JetException e) {
                see(patch, e.detail() + " (" + e.error() + ")");
            }
        }
        if (high == 0) {
            high = (int) disk.list(b.database().getParent()).stream().map(p -> new LogNames(profile.logBase()).generationOf(p.getFileName().toString()))
                    .flatMap(Optional::stream).mapToInt(Integer::intValue).max().orElse(b.header().currentFullBackup().generationLow());
        }
        return high;
    }

    private Advice notCovered(String summary) {
        return new Advice(folder, Advice.Rule.NOT_COVERED, summary, List.of(), List.of(), List.of(), evidence);
    }

    private void see(Path file, String shows) {
        evidence.add(new Advice.Evidence(file, shows));
    }

    private static String range(int low, int high) {
        return LogNames.describe(low) + " to " + LogNames.describe(high);
    }
}
