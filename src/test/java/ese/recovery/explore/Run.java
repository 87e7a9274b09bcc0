package ese.recovery.explore;

import ese.recovery.backup.BackupSet;
import ese.recovery.backup.OfflineBackup;
import ese.recovery.backup.OnlineBackup;
import ese.recovery.backup.Restore;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.Page;
import ese.recovery.dump.FileDump;
import ese.recovery.dump.FolderListing;
import ese.recovery.engine.EngineClock;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.HardRecovery;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.Damage;
import ese.recovery.io.FaultyDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs one {@link Case} in memory and checks the invariants in the state it reaches. A run is: create a
 * store and commit some work; perform the workload (power may be lost at a persistence point); the store
 * dies; the files may be damaged; read-only operations are run; the store is brought online (power may be
 * lost during that recovery, then it is brought online again); then it is stopped abnormally and brought
 * online once more.
 *
 * <p>The part before the fault is the same for every case of a workload, so a workload is
 * {@linkplain #perform(EngineProfile, long, List) performed} once, with the disk observed at every
 * persistence point: what a crash there would have left (the files, and the ledger of work committed,
 * work left open and backups) is kept, and each case starts from a copy of the state its fault needs
 * ({@link Start}). {@code RunTest} checks that this is what a run crashed at that point for real leaves.
 */
final class Run {
    /** The smallest log the model allows: more generations for the same work. */
    static final int LOG_BYTES = 16 * 1024;
    static final Path ROOT = MemoryDisk.PATHS.getPath("/mdbdata");

    private static final boolean VERBOSE = Boolean.getBoolean("explore.verbose");
    private final Case c;
    private final Path root = ROOT;
    private final MemoryDisk memory;
    private final FaultyDisk disk;
    private final EngineConfig config;
    private Store store;
    private final Ledger ledger;
    private Map<Integer, String> committed;
    private Map<Integer, String> uncommitted;
    private Map<Path, byte[]> backups;

    /**
     * What the rest of a run depends on besides the files: the work committed and left open, the backups
     * and which was last, and what the workload did. Copied with the files.
     */
    static final class Ledger {
        final Map<Integer, String> committed;
        final Map<Integer, String> uncommitted;
        final Map<Path, byte[]> backups;
        Optional<BackupSet> lastOnline = Optional.empty();
        Optional<Path> lastOffline = Optional.empty();
        boolean lastWasOnline;
        int backupCount;
        boolean discardsCommitted;
        final List<String> notes;

        Ledger() {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), new TreeMap<>(), new ArrayList<>());
        }

        private Ledger(Map<Integer, String> committed, Map<Integer, String> uncommitted, Map<Path, byte[]> backups, List<String> notes) {
            this.committed = committed;
            this.uncommitted = uncommitted;
            this.backups = backups;
            this.notes = notes;
        }

        /** A copy (the backups' bytes are never changed, so they are shared). */
        Ledger copy() {
            Ledger l = new Ledger(new LinkedHashMap<>(committed), new LinkedHashMap<>(uncommitted), new TreeMap<>(backups), new ArrayList<>(notes));
            l.lastOnline = lastOnline;
            l.lastOffline = lastOffline;
            l.lastWasOnline = lastWasOnline;
            l.backupCount = backupCount;
            l.discardsCommitted = discardsCommitted;
            return l;
        }
    }

    /**
     * A moment of a run to start cases from: the files (the disk underneath, and the faulty disk's view of
     * what is durable), the ledger, and the engine's clock and randomness. Never changed: each case runs
     * on its own {@link #fork}.
     */
    record Start(MemoryDisk memory, FaultyDisk disk, Ledger ledger, EngineConfig config, Clock clock) {
        Start fork() {
            MemoryDisk m = memory.copy();
            FaultyDisk d = disk.over(m, m::shared);
            Clock k = clock.copy();
            return new Start(m, d, ledger.copy(), config.fork(d, k), k);
        }
    }

    /**
     * A workload performed once: the state after it (the store stopped abnormally), its persistence points
     * and how many sectors each writes, and for every crash the explorer plans in it, the state that crash
     * leaves once power is back.
     */
    record Performed(Start after, int points, List<Integer> tearable, Map<FaultyDisk.CrashPlan, Crashed> crashes) {
    }

    /**
     * What a crash in the workload leaves once power is back, kept as the explorer saw it at the
     * persistence point: the surviving files (arrays shared, never changed), the folders, the ledger, the
     * engine's clock and randomness. A run starts from it with {@link #start}.
     */
    record Crashed(Map<Path, byte[]> survivors, List<Path> folders, Ledger ledger, EngineConfig config, Clock clock) {
        /** A new disk holding the folders and the surviving files, all durable (as FaultyDisk.restart leaves them), and the rest copied. */
        Start start() {
            MemoryDisk m = new MemoryDisk();
            for (Path folder : folders) {
                m.createDirectories(folder);
            }
            FaultyDisk d = new FaultyDisk(m, List.of(), m::shared);
            d.reset(survivors);
            Clock k = clock.copy();
            return new Start(m, d, ledger.copy(), config.fork(d, k), k);
        }
    }

    /** The engine's clock: from 2026-01-05 10:00 UTC, a second per reading (as EngineConfig.inFolder's), and copyable. */
    static final class Clock implements EngineClock {
        private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
        private long readings;

        @Override
        public Instant now() {
            return START.plusSeconds(readings++);
        }

        Clock copy() {
            Clock c = new Clock();
            c.readings = readings;
            return c;
        }
    }

    /** What a run observed: its persistence points and the outcome of the recovery it checked. */
    record Result(int workloadPoints, int recoveryPoints, List<Integer> tearableWorkload, List<Integer> tearableRecovery,
                  Outcome outcome, List<String> damageTargets, String stateKey, boolean checked, int recoveryCrashStates,
                  List<Integer> replayed) {
    }

    /** What recovery left: mounted or the JET error, and the pages (number to text). */
    record Outcome(boolean mounted, Optional<JetError> error, SortedMap<Integer, String> pages) {
        @Override
        public String toString() {
            return (mounted ? "mounted" : "not mounted: " + error.map(JetError::toString).orElse("?")) + ", pages " + pages.keySet();
        }
    }

    private final java.util.function.Predicate<String> firstVisit;
    private boolean exploreRecoveryCrashes;
    private boolean foreignOverCleanDatabase;
    /** The generations the last recovery replayed. */
    private List<Integer> replayed = List.of();
    private final Performed performed;
    /** The state's key when it was known before the run (a crash in the workload), and whether that state had been checked. */
    private String key;
    private boolean visitedBefore;

    /** A run that checks every state it reaches: performs the case's workload, then runs the case. */
    Run(Case c) {
        this(c, perform(c.profile(), c.seed(), c.workload()), key -> true);
    }

    /**
     * A run of {@code c} from its workload as {@code performed} (by {@link #perform}), that stops before
     * recovery when {@code firstVisit} says the state it reached (the files, the work committed and left
     * open, the backups) was already checked.
     */
    Run(Case c, Performed performed, java.util.function.Predicate<String> firstVisit) {
        this.c = c;
        this.firstVisit = firstVisit;
        this.performed = performed;
        Start start;
        if (c.workloadCrash().isPresent()) {
            Crashed crashed = performed.crashes().get(c.workloadCrash().get());
            if (crashed == null) {
                // a crash the explorer does not plan there (a replayed case typed by hand, say): lose power there for real
                Start real = perform(c.profile(), c.seed(), c.workload(), c.workloadCrash()).after();
                crashed = new Crashed(real.memory().files(), List.copyOf(real.memory().folders()), real.ledger(), real.config(), real.clock());
            }
            // nothing is done to the files between the crash and the state's key: a state reached before
            // is known from what the crash kept, without making a disk of it
            this.key = stateKey(new TreeMap<>(crashed.survivors()), crashed.ledger(), crashed.ledger().discardsCommitted, c.profile());
            this.visitedBefore = !firstVisit.test(key);
            if (visitedBefore) {
                this.memory = null;
                this.disk = null;
                this.config = null;
                this.ledger = null;
                return;
            }
            start = crashed.start();
        } else {
            start = performed.after().fork();
        }
        this.memory = start.memory();
        this.disk = start.disk();
        this.config = start.config();
        this.ledger = start.ledger();
        this.committed = ledger.committed;
        this.uncommitted = ledger.uncommitted;
        this.backups = ledger.backups;
    }

    /** A run that only performs the workload: the store created, its first work, then the actions. */
    private Run(Case c, Start start) {
        this.c = c;
        this.firstVisit = key -> true;
        this.performed = null;
        this.memory = start.memory();
        this.disk = start.disk();
        this.config = start.config();
        this.ledger = start.ledger();
        this.committed = ledger.committed;
        this.uncommitted = ledger.uncommitted;
        this.backups = ledger.backups;
    }

    /** After the recovery of the case, crash that recovery at each of its persistence points in turn (from the same files). */
    Run crashingRecovery() {
        exploreRecoveryCrashes = true;
        return this;
    }

    /** An empty disk with the store's folder, and an engine on it. */
    private static Start empty(EngineProfile profile, long seed) {
        MemoryDisk memory = new MemoryDisk();
        memory.createDirectories(ROOT);
        FaultyDisk disk = new FaultyDisk(memory, List.of(ROOT), memory::shared);
        Clock clock = new Clock();
        EngineConfig config = new EngineConfig(disk, profile, ROOT, ROOT, ROOT.resolve(profile.databaseName()), LOG_BYTES, clock, seed, "EXCHSRV01");
        return new Start(memory, disk, new Ledger(), config, clock);
    }

    /**
     * Creates the store, commits its first work and performs {@code workload} once, watching every
     * persistence point: for each crash {@link Explorer#plans} there, the state it would leave is kept.
     */
    static Performed perform(EngineProfile profile, long seed, List<Action> workload) {
        return perform(profile, seed, workload, Optional.empty());
    }

    /**
     * As {@link #perform(EngineProfile, long, List)}, or with power really lost at {@code crash}: then
     * {@link Performed#after()} is the state after that crash and power back, and nothing is kept per point
     * (what {@code RunTest} compares the kept states with).
     */
    static Performed perform(EngineProfile profile, long seed, List<Action> workload, Optional<FaultyDisk.CrashPlan> crash) {
        Start start = empty(profile, seed);
        Run run = new Run(new Case(profile, seed, workload, new Case.None()), start);
        Map<FaultyDisk.CrashPlan, Crashed> crashes = new LinkedHashMap<>();
        FaultyDisk disk = run.disk;
        int[] points = new int[1];
        List<Integer> tearable = new ArrayList<>();
        try {
            run.execute(() -> {
                run.store = Store.create(run.config);
                run.remember(new Workload(run.store).commit(2));
                disk.arm(crash);
                if (crash.isEmpty()) {
                    disk.observe(point -> {
                        int sectors = disk.writtenSectors().get(point - 1);
                        for (FaultyDisk.CrashPlan plan : Explorer.plans(point, sectors)) {
                            crashes.put(plan, run.afterCrash(disk.survivorsAt(plan), start.clock()));
                        }
                    });
                }
                boolean crashed = false;
                for (Action a : workload) {
                    run.ledger.discardsCommitted |= a.discardsCommittedWork();
                    try {
                        run.act(a);
                    } catch (FaultyDisk.Crash e) {
                        crashed = true;
                        break;
                    } catch (JetException e) {
                        run.ledger.notes.add(a + " failed: " + e.error());
                    }
                }
                disk.observe(null);
                points[0] = disk.points();
                tearable.addAll(disk.writtenSectors());
                if (crashed) {
                    disk.restart();
                    run.store = null;
                } else if (run.store != null && run.store.isOpen()) {
                    run.store.crash();
                    run.store = null;
                }
                return null;
            });
        } catch (InvariantViolation v) {
            throw new InvariantViolation(new Case(profile, seed, workload, crash.<Case.Fault>map(Case.CrashInWorkload::new).orElse(new Case.None())),
                    v.getMessage(), v.getCause());
        }
        disk.arm(Optional.empty());
        return new Performed(start, points[0], List.copyOf(tearable), crashes);
    }

    /** The state a crash now leaves once power is back: {@code survivors}, every folder as it is now, the ledger and engine as they are now. */
    private Crashed afterCrash(Map<Path, byte[]> survivors, Clock clock) {
        return new Crashed(survivors, List.copyOf(memory.folders()), ledger.copy(), config.fork(disk, clock.copy()), clock.copy());
    }

    /** Runs the case; an {@link InvariantViolation} names the invariant broken. */
    Result execute() {
        return execute(this::executeChecked);
    }

    private <T> T execute(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (InvariantViolation v) {
            throw v;
        } catch (FaultyDisk.Crash e) {
            throw violation("power was lost where no crash was planned: " + e.getMessage(), e);
        } catch (JetException e) {
            throw violation("a JET error escaped where the model reports results: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw violation("every failure is a JET error, never an unchecked exception: " + e, e);
        }
    }

    private Result executeChecked() {
        int workloadPoints = performed.points();
        List<Integer> tearableWorkload = performed.tearable();
        if (visitedBefore) {
            return new Result(workloadPoints, 0, tearableWorkload, List.of(), null, List.of(), key, false, 0, List.of());
        }
        disk.arm(Optional.empty());

        List<String> damageTargets = damageTargets();
        boolean lossAllowed = ledger.discardsCommitted;
        if (c.fault() instanceof Case.Damaged d) {
            damage(d);
            lossAllowed |= d.kind().mayLoseCommittedWork();
        }
        disk.arm(Optional.empty());

        if (key == null) {
            key = stateKey(lossAllowed);
            visitedBefore = !firstVisit.test(key);
        }
        if (visitedBefore) {
            return new Result(workloadPoints, 0, tearableWorkload, List.of(), null, damageTargets, key, false, 0, List.of());
        }
        readOnlyOperationsChangeNothing();

        Map<Path, byte[]> beforeRecovery = memory.files();
        Recovery once = recoverAndCheck(c.recoveryCrash(), lossAllowed);
        int recoveryCrashes = 0;
        if (exploreRecoveryCrashes) {
            for (int p = 1; p <= once.points(); p++) {
                for (FaultyDisk.CrashPlan plan : Explorer.plans(p, once.tearable().get(p - 1))) {
                    Case inRecovery = new Case(c.profile(), c.seed(), c.workload(), new Case.CrashInRecovery(plan));
                    disk.reset(beforeRecovery);
                    store = null;
                    Recovery r;
                    try {
                        r = recoverAndCheck(Optional.of(plan), lossAllowed);
                    } catch (InvariantViolation v) {
                        throw new InvariantViolation(inRecovery, v.getMessage(), v.getCause());
                    }
                    Explorer.sameAsOneRecovery(inRecovery, plan, once.outcome(), r.outcome());
                    recoveryCrashes++;
                }
            }
        }
        return new Result(workloadPoints, once.points(), tearableWorkload, once.tearable(), once.outcome(), damageTargets, key, true,
                recoveryCrashes, once.replayed());
    }

    /** One recovery as checked: its outcome, and (without a crash) its persistence points and which of them tear. */
    record Recovery(Outcome outcome, int points, List<Integer> tearable, List<Integer> replayed) {
    }

    /**
     * Brings the store online (power lost at {@code crash} if given, then brought online again) and checks
     * the outcome, that recovering again changes nothing, and that the backups are untouched.
     */
    private Recovery recoverAndCheck(Optional<FaultyDisk.CrashPlan> crash, boolean lossAllowed) {
        disk.arm(crash);
        Outcome outcome;
        List<Integer> tearableRecovery;
        int recoveryPoints;
        List<Integer> replayedFirst;
        try {
            outcome = bringOnline();
            replayedFirst = replayed;
            recoveryPoints = disk.points();
            tearableRecovery = disk.writtenSectors();
        } catch (FaultyDisk.Crash e) {
            recoveryPoints = disk.points();
            tearableRecovery = List.of();
            disk.restart();
            disk.arm(Optional.empty());
            outcome = bringOnline();
            replayedFirst = replayed;
        }
        disk.arm(Optional.empty());

        checkOutcome(outcome, lossAllowed);
        if (outcome.mounted() && !databaseCut()) {
            store.crash();
            store = null;
            Outcome again = bringOnline();
            if (!again.mounted() || !again.pages().equals(outcome.pages())) {
                throw violation("recovering twice equals recovering once: first " + outcome + ", then " + again, null);
            }
            store.crash();
            store = null;
        }
        backupsUnchanged();
        return new Recovery(outcome, recoveryPoints, tearableRecovery, replayedFirst);
    }

    /** A digest of everything the rest of the run depends on: every file, the ledger, the backups, the profile. */
    private String stateKey(boolean lossAllowed) {
        return stateKey(memory.files(), ledger, lossAllowed, c.profile());
    }

    private static String stateKey(java.util.SortedMap<Path, byte[]> files, Ledger ledger, boolean lossAllowed, EngineProfile profile) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                md.update(e.getKey().toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            md.update((ledger.committed + "|" + ledger.uncommitted + "|" + ledger.backups.keySet() + "|" + ledger.lastOnline.map(BackupSet::folder)
                    + "|" + ledger.lastWasOnline + "|" + lossAllowed + "|" + profile).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Two known gaps of the model, where recovering twice is not checked (docs/trust.md): a database cut
     * short loses pages the model cannot tell from pages never written (it keeps no page count in the
     * header); and a clean database whose logs were replaced by another stream's is attached to that
     * stream, after which redo compares its consistent position, a position of the old stream, with
     * positions of the new one (-551 on the second recovery).
     */
    private boolean databaseCut() {
        if (!(c.fault() instanceof Case.Damaged d)) {
            return false;
        }
        return d.kind() == DamageKind.TRUNCATION && root.resolve(d.file()).equals(config.databaseFile())
                || d.kind() == DamageKind.FOREIGN_LOG && foreignOverCleanDatabase;
    }

    private void act(Action a) {
        switch (a) {
            case COMMIT -> {
                if (store == null) {
                    return;
                }
                remember(new Workload(store).commit(1));
                int page = store.nextFreePage();
                Store.Transaction t = store.begin();
                String label = "uncommitted transaction " + t.id();
                uncommitted.put(page, label);
                t.write(page, label);
                store.flushLogBuffer();
            }
            case ROLL -> {
                if (store != null) {
                    store.rollLog();
                }
            }
            case CHECKPOINT -> {
                if (store != null) {
                    store.advanceCheckpoint();
                }
            }
            case ONLINE_BACKUP -> {
                if (store == null) {
                    return;
                }
                Path folder = root.resolveSibling("backup-" + ++ledger.backupCount);
                BackupSet set = OnlineBackup.take(store, folder);
                ledger.lastOnline = Optional.of(set);
                ledger.lastWasOnline = true;
                keep(folder);
            }
            case OFFLINE_BACKUP -> {
                stopCleanly();
                Path folder = root.resolveSibling("offline-" + ++ledger.backupCount);
                Path copy = OfflineBackup.take(config, folder);
                ledger.lastOffline = Optional.of(copy);
                ledger.lastWasOnline = false;
                keep(folder);
            }
            case RESTORE -> {
                if (ledger.lastOnline.isEmpty() && ledger.lastOffline.isEmpty()) {
                    return;
                }
                stopCleanly();
                if (ledger.lastWasOnline) {
                    Restore.restore(config, ledger.lastOnline.get(), Restore.defaultLogFolder(config));
                } else {
                    OfflineBackup.restore(config, ledger.lastOffline.get());
                }
            }
            case RENAME_LOG -> {
                die();
                LogFolder folder = LogFolder.read(disk, root, config.names());
                if (folder.highestNumbered().isEmpty()) {
                    return;
                }
                if (disk.exists(config.currentLog())) {
                    disk.delete(config.currentLog());
                }
                disk.rename(folder.numbered().get(folder.highestNumbered().get()), config.currentLog());
            }
            case REMOVE_LOG -> {
                die();
                LogFolder folder = LogFolder.read(disk, root, config.names());
                folder.lowestNumbered().ifPresent(g -> disk.delete(folder.numbered().get(g)));
            }
            case REMOVE_CHECKPOINT -> {
                die();
                if (disk.exists(config.checkpointFile())) {
                    disk.delete(config.checkpointFile());
                }
            }
            case MOUNT -> {
                if (store == null) {
                    Store.Mount m = Store.mount(config);
                    store = m.store().orElse(null);
                }
            }
            case HARD_RECOVERY -> {
                if (store != null || !disk.isDirectory(config.restoreFolder())) {
                    return;
                }
                Optional<RestoreEnvironmentFile.Contents> pending = RestoreEnvironmentFile.read(disk, config.restoreFolder())
                        .filter(x -> x.status() != RestoreEnvironmentFile.Status.RECOVERED);
                pending.ifPresent(p -> HardRecovery.run(config, p.environment()));
            }
        }
    }

    private void stopCleanly() {
        if (store != null) {
            Store s = store;
            store = null;
            s.dismount();
        }
    }

    private void die() {
        if (store != null) {
            store.crash();
            store = null;
        }
    }

    private void remember(List<Workload.Committed> work) {
        work.forEach(w -> committed.put(w.page(), w.label()));
    }

    private void keep(Path folder) {
        for (Path f : disk.list(folder)) {
            backups.put(f, disk.read(f));
        }
    }

    private List<String> damageTargets() {
        List<String> out = new ArrayList<>();
        for (Path f : disk.list(root)) {
            out.add(f.getFileName().toString());
        }
        return out;
    }

    private void damage(Case.Damaged d) {
        Path file = root.resolve(d.file());
        if (!disk.exists(file)) {
            return;
        }
        long size = disk.size(file);
        switch (d.kind()) {
            case LOG_HEADER -> Damage.logHeader(disk, file);
            case LOG_BLOCK -> Damage.logRecords(disk, file);
            case CHECKPOINT -> Damage.flipByte(disk, file, Math.min(size - 1, 40));
            case DATABASE_HEADER -> Damage.flipByte(disk, file, Math.min(size - 1, 40));
            case TRUNCATION -> {
                byte[] half = Arrays.copyOf(disk.read(file), (int) (size / 2));
                disk.delete(file);
                disk.create(file, half);
                disk.flush(file);
            }
            case MISSING -> disk.delete(file);
            case FOREIGN_LOG -> {
                foreignOverCleanDatabase = disk.exists(config.databaseFile())
                        && DatabaseFile.readHeader(disk, config.databaseFile()).state().consistent();
                Optional<Integer> gen = d.file().equalsIgnoreCase(config.names().current())
                        ? Optional.of(LogFile.readHeader(disk, file).generation())
                        : config.names().generationOf(d.file());
                if (gen.isEmpty()) {
                    return;
                }
                byte[] foreign = foreignLog(gen.get());
                disk.delete(file);
                disk.create(file, foreign);
                disk.flush(file);
            }
        }
    }

    /** Foreign logs by profile, seed and generation: each is the same bytes whenever it is made. */
    private static final Map<String, byte[]> FOREIGN = new ConcurrentHashMap<>();

    /** The log of generation {@code generation} of another log stream (another seed, another folder). */
    private byte[] foreignLog(int generation) {
        long seed = c.seed() + 1;
        return FOREIGN.computeIfAbsent(c.profile() + "/" + seed + "/" + generation, k -> {
            Path other = root.resolveSibling("other");
            MemoryDisk elsewhere = new MemoryDisk();
            EngineConfig foreign = new EngineConfig(elsewhere, c.profile(), other, other, other.resolve(c.profile().databaseName()), LOG_BYTES,
                    new Clock(), seed, "EXCHSRV01");
            Store s = Store.create(foreign);
            while (s.currentGeneration() < generation) {
                new Workload(s).commit(1);
                s.rollLog();
            }
            new Workload(s).commit(1);
            s.crash();
            return elsewhere.read(generation == s.currentGeneration() ? foreign.currentLog() : foreign.numberedLog(generation));
        }).clone();
    }

    /** Reading, listing and dumping every file changes no byte and reaches no persistence point. */
    private void readOnlyOperationsChangeNothing() {
        MemoryDisk before = memory.copy();
        int points = disk.points();
        FolderListing.of(disk, root);
        LogFolder.read(disk, root, config.names());
        for (Path f : disk.list(root)) {
            String name = f.getFileName().toString();
            quietly(() -> {
                if (name.equalsIgnoreCase(config.names().checkpoint())) {
                    FileDump.checkpoint(disk, f);
                    CheckpointFile.read(disk, f);
                } else if (f.equals(config.databaseFile())) {
                    FileDump.databaseHeader(disk, f);
                    DatabaseFile.readPages(disk, f);
                } else if (name.toLowerCase().endsWith(".log")) {
                    FileDump.log(disk, f);
                    LogFile.scan(disk, f);
                }
            });
        }
        ledger.lastOnline.ifPresent(set -> quietly(() -> BackupSet.read(disk, set.folder(), c.profile())));
        if (disk.isDirectory(config.restoreFolder())) {
            quietly(() -> RestoreEnvironmentFile.read(disk, config.restoreFolder()));
        }
        if (disk.points() != points || !memory.sameFiles(before)) {
            throw violation("read-only operations never change a byte: " + disk.trace(), null);
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (JetException e) {
            // a damaged file is reported as a JET error: that is the documented behaviour
        }
    }

    /** Brings the store online; a JET error is an outcome, not a failure of the run. */
    private Outcome bringOnline() {
        Store.Mount m;
        try {
            m = Store.mount(config);
        } catch (JetException e) {
            return new Outcome(false, Optional.of(e.error()), pages());
        } finally {
            if (VERBOSE) {
                System.out.println("bring online: " + disk.trace());
            }
        }
        replayed = m.recovery().replayedGenerations();
        if (VERBOSE) {
            System.out.println(m.recovery() + "\n" + String.join("\n", m.recovery().events().stream().map(Object::toString).toList()));
        }
        if (m.mounted()) {
            if (m.headerAfterRecovery().isEmpty() || !m.headerAfterRecovery().get().state().consistent()) {
                throw violation("the model never reports a mountable database whose header says otherwise: " + m.headerAfterRecovery(), null);
            }
            store = m.store().get();
            return new Outcome(true, Optional.empty(), pages());
        }
        if (m.recovery().error().isEmpty()) {
            throw violation("a failed mount carries a JET error: " + m.recovery(), null);
        }
        return new Outcome(false, m.recovery().error(), pages());
    }

    private SortedMap<Integer, String> pages() {
        SortedMap<Integer, String> out = new TreeMap<>();
        try {
            for (Page p : DatabaseFile.readPages(disk, config.databaseFile()).values()) {
                out.put(p.number(), new String(p.data(), StandardCharsets.UTF_8));
            }
        } catch (JetException e) {
            // a missing or damaged database has no pages to show
        }
        return out;
    }

    private void checkOutcome(Outcome o, boolean lossAllowed) {
        if (!o.mounted()) {
            return;
        }
        DatabaseHeader h = DatabaseFile.readHeader(disk, config.databaseFile());
        if (h.state().consistent()) {
            throw violation("a mounted database is attached (Dirty Shutdown while mounted): " + h.state(), null);
        }
        for (var e : uncommitted.entrySet()) {
            if (e.getValue().equals(o.pages().get(e.getKey()))) {
                throw violation("no uncommitted transaction is present after recovery: page " + e.getKey() + " holds '" + e.getValue() + "'", null);
            }
        }
        if (!lossAllowed) {
            for (var e : committed.entrySet()) {
                if (!e.getValue().equals(o.pages().get(e.getKey()))) {
                    throw violation("every transaction whose commit was durable is present after recovery: page " + e.getKey()
                            + " should hold '" + e.getValue() + "' but holds '" + o.pages().get(e.getKey()) + "'", null);
                }
            }
        }
    }

    private void backupsUnchanged() {
        for (var e : backups.entrySet()) {
            if (!disk.exists(e.getKey()) || !Arrays.equals(e.getValue(), disk.read(e.getKey()))) {
                throw violation("a backup is never modified: " + e.getKey(), null);
            }
        }
    }

    private InvariantViolation violation(String what, Throwable cause) {
        String listing;
        try {
            listing = FolderListing.of(disk, root);
        } catch (RuntimeException e) {
            listing = "(no listing: " + e + ")";
        }
        return new InvariantViolation(c, what + "\nnotes: " + ledger.notes + "\npersistence points: " + disk.trace() + "\nfolder:\n" + listing, cause);
    }

    static String describe(int generation) {
        return LogNames.describe(generation);
    }
}
