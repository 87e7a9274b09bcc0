package ese.recovery.engine;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.DatabaseState;
import ese.recovery.database.BackupInfo;
import ese.recovery.database.Page;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogRecord;
import ese.recovery.log.LogWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A mounted store: an engine instance with its database attached, writing ahead to the log.
 * Page changes stay in the buffer cache and reach the database file only when the checkpoint
 * advances or the store stops cleanly, and only after the log records describing them are durable.
 * A commit is durable when its block is flushed. {@link #crash()} drops everything not yet on disk.
 */
public final class Store {
    private final EngineConfig config;
    private final Disk disk;
    private final LogAppender log;
    private DatabaseHeader header;
    private Checkpoint checkpoint;
    private final Map<Integer, Page> cache = new TreeMap<>();
    private final Map<Integer, Page> dirty = new TreeMap<>();
    private final List<LogRecord> buffer = new ArrayList<>();
    private final Map<Integer, Transaction> active = new LinkedHashMap<>();
    private int nextTransaction = 1;
    private boolean open = true;
    private final List<EngineEvent> events = new ArrayList<>();

    private Store(EngineConfig config, LogWriter current, DatabaseHeader header, Checkpoint checkpoint) {
        this.config = config;
        this.disk = config.disk();
        this.header = header;
        this.checkpoint = checkpoint;
        this.log = new LogAppender(config, current, this::checkpointPosition, this::attachments, this::rolled);
        this.log.reportEventsTo(events::add);
        if (!ReserveLogs.ensure(config)) {
            log.logDiskFull();
        }
    }

    /**
     * Creates a new log stream (generation 1, a new log signature) and a new database attached to it.
     * Refuses to overwrite: the log folder must hold no log of this base, no checkpoint and no database.
     */
    public static Store create(EngineConfig config) {
        return create(config, 1);
    }

    /**
     * Creates a new log stream whose first log is {@code firstGeneration}, and a new database attached to it:
     * the folder looks as it would after the store had run through the lower generations and online backups
     * had truncated their logs. A simulation shortcut, so that the generation ceiling (0xFFFEF) can be reached
     * without a million log rolls; see docs/decisions/0005-first-generation-shortcut.md.
     */
    public static Store create(EngineConfig config, int firstGeneration) {
        if (firstGeneration < 1 || firstGeneration >= LogAppender.GENERATION_MAX_DURING_RECOVERY) {
            throw new IllegalArgumentException("a first generation is from 1 to 0x"
                    + Integer.toHexString(LogAppender.GENERATION_MAX_DURING_RECOVERY - 1).toUpperCase() + ": " + firstGeneration);
        }
        Disk disk = config.disk();
        disk.createDirectories(config.logFolder());
        disk.createDirectories(config.systemFolder());
        for (var existing : List.of(config.currentLog(), config.checkpointFile(), config.databaseFile())) {
            if (disk.exists(existing)) {
                throw new JetException(JetError.JET_errFileAccessDenied, existing, "already exists; a new log stream and database need an empty place");
            }
        }
        LogTime now = LogTime.of(config.clock().now());
        Signature logSignature = new Signature(config.nextRandom(), now, config.computerName());
        Signature dbSignature = new Signature(config.nextRandom(), now, config.computerName());
        LogWriter first = LogAppender.createFirst(config, logSignature, now, firstGeneration);
        DatabaseHeader header = new DatabaseHeader(dbSignature, DatabaseState.JUST_CREATED, 0, Lgpos.MIN, LogTime.NONE, Lgpos.MIN,
                LogTime.NONE, logSignature, 0, 0, LogTime.NONE, BackupInfo.NONE, BackupInfo.NONE);
        DatabaseFile.create(disk, config.databaseFile(), header);
        Checkpoint checkpoint = new Checkpoint(first.end(), logSignature, now, Lgpos.MIN, config.databaseFile().getFileName().toString());
        Store store = new Store(config, first, header, checkpoint);
        store.attach();
        return store;
    }

    /**
     * What a running store holds in memory between two operations, with nothing in flight (no open
     * transaction, no record waiting in the log buffer): the database header and checkpoint as it last
     * wrote them, its page cache and which pages are dirty, the current log and where its next block
     * goes, the next transaction number and the events it reported. With the store's files, it is the
     * whole store: {@link #resume} continues it, elsewhere, exactly as it would have gone on.
     */
    public record Image(DatabaseHeader header, Checkpoint checkpoint, List<Page> cache, List<Integer> dirty, LogFileHeader log,
                        int nextSector, int nextTransaction, List<EngineEvent> events) {
        public Image {
            cache = List.copyOf(cache);
            dirty = List.copyOf(dirty);
            events = List.copyOf(events);
        }
    }

    /** This store as an {@link Image}; refused while work is in flight or the store refuses updates. */
    public Image image() {
        requireOpen();
        if (!active.isEmpty() || !buffer.isEmpty() || log.state() != LogAppender.State.NORMAL) {
            throw new IllegalStateException("a store with work in flight, or refusing updates, has more than an image: "
                    + active.size() + " open transaction(s), " + buffer.size() + " record(s) buffered, " + log.state());
        }
        return new Image(header, checkpoint, new ArrayList<>(cache.values()), new ArrayList<>(dirty.keySet()), log.current().header(),
                log.current().end().sector(), nextTransaction, events);
    }

    /**
     * The store of {@code image}, running on {@code config}'s files, which must be the files the imaged
     * store had (copied byte for byte: no file names a folder, so they may be in another one), and with
     * {@code config}'s clock and randomness where the imaged store's were.
     */
    public static Store resume(EngineConfig config, Image image) {
        LogWriter current = LogWriter.resume(config.disk(), config.currentLog(),
                new LogFile.Scan(image.log(), List.of(), Optional.empty(), image.nextSector()));
        Store store = new Store(config, current, image.header(), image.checkpoint());
        for (Page p : image.cache()) {
            store.cache.put(p.number(), p);
        }
        for (int n : image.dirty()) {
            store.dirty.put(n, store.cache.get(n));
        }
        store.nextTransaction = image.nextTransaction();
        store.events.addAll(image.events());
        return store;
    }

    /** A mount: soft recovery, then, if it succeeded, the store with its database attached. */
    public record Mount(RecoveryResult recovery, Optional<DatabaseHeader> headerAfterRecovery, Optional<Store> store) {
        public boolean mounted() {
            return store.isPresent();
        }
    }

    /**
     * Mounts the store: hard recovery first if a restore is pending (Exchange 2000: a {@code restore.env}
     * not yet recovered in the restore folder), then soft recovery on the folder, then the database is
     * attached in the current log.
     */
    public static Mount mount(EngineConfig config) {
        Optional<RestoreEnvironmentFile.Contents> pending = config.profile().restoreMarker() == EngineProfile.RestoreMarker.RESTORE_ENV
                ? RestoreEnvironmentFile.read(config.disk(), config.restoreFolder())
                        .filter(c -> c.status() != RestoreEnvironmentFile.Status.RECOVERED)
                : Optional.empty();
        return mount(config, pending.map(RestoreEnvironmentFile.Contents::environment));
    }

    /** Mounts the store after hard recovery on {@code pendingRestore} when there is one (Exchange 5.5 learns of it from the registry). */
    public static Mount mount(EngineConfig config, Optional<RestoreEnvironment> pendingRestore) {
        if (pendingRestore.isPresent()) {
            RecoveryResult hard = HardRecovery.run(config, pendingRestore.get());
            if (!hard.succeeded()) {
                return new Mount(hard, Optional.empty(), Optional.empty());
            }
            Mount after = mountAfterRecovery(config);
            return new Mount(hard, after.headerAfterRecovery(), after.store());
        }
        return mountAfterRecovery(config);
    }

    private static Mount mountAfterRecovery(EngineConfig config) {
        RecoveryResult recovery = SoftRecovery.run(config);
        if (!recovery.succeeded()) {
            return new Mount(recovery, Optional.empty(), Optional.empty());
        }
        DatabaseHeader recovered = DatabaseFile.readHeader(config.disk(), config.databaseFile());
        return new Mount(recovery, Optional.of(recovered), Optional.of(open(config)));
    }

    private static Store open(EngineConfig config) {
        Disk disk = config.disk();
        LogFile.Scan scan = LogFile.scan(disk, config.currentLog());
        LogWriter current = LogWriter.resume(disk, config.currentLog(), scan);
        DatabaseHeader header = DatabaseFile.readHeader(disk, config.databaseFile());
        if (!header.state().consistent()) {
            throw new JetException(JetError.JET_errDatabaseDirtyShutdown, config.databaseFile(), "database is not consistent after recovery");
        }
        Checkpoint checkpoint = CheckpointFile.read(disk, config.checkpointFile())
                .orElseThrow(() -> new JetException(JetError.JET_errCheckpointFileNotFound, config.checkpointFile(), "no checkpoint after recovery"));
        Store store = new Store(config, current, header, checkpoint);
        store.attach();
        return store;
    }

    private void attach() {
        String name = config.databaseFile().getFileName().toString();
        Lgpos at = log.append(List.of(new LogRecord.Attach(name, header.databaseSignature(), header.consistentPosition()))).get(0);
        LogFileHeader current = log.current().header();
        header = header.attached(current.logSignature(), at, LogTime.of(config.clock().now()))
                .withLogRequired(at.generation(), at.generation(), current.created());
        DatabaseFile.writeHeader(disk, config.databaseFile(), header);
        checkpoint = checkpoint.at(at, LogTime.of(config.clock().now()));
        CheckpointFile.write(disk, config.checkpointFile(), checkpoint);
    }

    /** A transaction: page writes logged with before and after images, durable at commit. */
    public final class Transaction {
        private final int id;
        private final List<LogRecord.PageWrite> writes = new ArrayList<>();
        private Lgpos begin;

        private Transaction(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        /**
         * Writes {@code text} to page {@code page}. Two open transactions may not write the same page: the
         * second is refused with -1102 JET_errWriteConflict (ver.cxx, FVERIWriteConflict) until the first ends.
         */
        public Transaction write(int page, String text) {
            requireOpen();
            log.checkState();
            for (Transaction other : active.values()) {
                if (other != this && other.writes.stream().anyMatch(w -> w.page() == page)) {
                    throw new JetException(JetError.JET_errWriteConflict, config.databaseFile(),
                            "page " + page + " is being written by transaction " + other.id + ", which has not committed or rolled back");
                }
            }
            Optional<Page> before = page(page);
            long dbtimeBefore = before.map(Page::dbtime).orElse(0L);
            long dbtimeAfter = header.dbtime() + 1;
            byte[] after = text.getBytes(StandardCharsets.UTF_8);
            LogRecord.PageWrite w = new LogRecord.PageWrite(id, page, dbtimeBefore, dbtimeAfter,
                    before.map(Page::data).orElse(new byte[0]), after);
            header = header.withDbtime(dbtimeAfter);
            Page changed = new Page(page, dbtimeAfter, after);
            cache.put(page, changed);
            dirty.put(page, changed);
            writes.add(w);
            buffer.add(w);
            return this;
        }

        /** Commits: the commit record is flushed with everything before it. Returns its log position. */
        public Lgpos commit() {
            requireOpen();
            buffer.add(new LogRecord.Commit(id));
            List<Lgpos> positions = flushLog();
            active.remove(id);
            return positions.get(positions.size() - 1);
        }

        /** Rolls back: puts the before images back, logging each as an undo record. */
        public void rollback() {
            requireOpen();
            undo(this);
            flushLog();
        }
    }

    public Transaction begin() {
        requireOpen();
        log.checkState();
        Transaction t = new Transaction(nextTransaction++);
        buffer.add(new LogRecord.Begin(t.id));
        active.put(t.id, t);
        return t;
    }

    private void undo(Transaction t) {
        for (int i = t.writes.size() - 1; i >= 0; i--) {
            LogRecord.PageWrite w = t.writes.get(i);
            long now = header.dbtime() + 1;
            buffer.add(new LogRecord.Undo(t.id, w.page(), w.dbtimeAfter(), now, w.before()));
            header = header.withDbtime(now);
            Page restored = new Page(w.page(), now, w.before());
            cache.put(w.page(), restored);
            dirty.put(w.page(), restored);
        }
        buffer.add(new LogRecord.Rollback(t.id));
        active.remove(t.id);
    }

    /** What page {@code number} holds now, as the store sees it (cache first, then the database file). */
    public Optional<Page> page(int number) {
        Page cached = cache.get(number);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Page> p = DatabaseFile.readPage(disk, config.databaseFile(), number);
        p.ifPresent(page -> cache.put(number, page));
        return p;
    }

    private List<Lgpos> flushLog() {
        if (buffer.isEmpty()) {
            return List.of();
        }
        List<LogRecord> records = new ArrayList<>(buffer);
        buffer.clear();
        List<Lgpos> positions = log.append(records);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof LogRecord.Begin b && active.containsKey(b.transaction())) {
                active.get(b.transaction()).begin = positions.get(i);
            }
        }
        return positions;
    }

    /** Closes the current log and starts the next generation. */
    public void rollLog() {
        requireOpen();
        flushLog();
        log.roll();
    }

    private void rolled(LogFileHeader next) {
        header = header.withLogRequired(checkpoint.generation(), next.generation(), next.created());
        DatabaseFile.writeHeader(disk, config.databaseFile(), header);
    }

    private Lgpos checkpointPosition() {
        return checkpoint.checkpoint();
    }

    private List<LogFileHeader.AttachInfo> attachments() {
        return List.of(new LogFileHeader.AttachInfo(config.databaseFile().getFileName().toString(), header.databaseSignature(), header.consistentPosition()));
    }

    /**
     * Advances the checkpoint: flushes the log, writes every dirty page to the database, and moves the
     * checkpoint to the start of the oldest open transaction or, if none, the end of the log.
     */
    public void advanceCheckpoint() {
        requireOpen();
        flushLog();
        writeDirtyPages();
        Lgpos to = log.current().end();
        for (Transaction t : active.values()) {
            if (t.begin != null && t.begin.compareTo(to) < 0) {
                to = t.begin;
            }
        }
        checkpoint = checkpoint.at(to, LogTime.of(config.clock().now()));
        header = header.withLogRequired(to.generation(), header.logRequiredHigh(), header.logRequiredHighCreated());
        DatabaseFile.writeHeader(disk, config.databaseFile(), header);
        CheckpointFile.write(disk, config.checkpointFile(), checkpoint);
    }

    private void writeDirtyPages() {
        for (Page p : dirty.values()) {
            DatabaseFile.writePage(disk, config.databaseFile(), p);
        }
        DatabaseFile.flush(disk, config.databaseFile());
        dirty.clear();
    }

    /** Stops cleanly: rolls back open transactions, logs Term, writes every page, the database is consistent (Log Required 0-0). */
    public void dismount() {
        requireOpen();
        for (Transaction t : new ArrayList<>(active.values())) {
            undo(t);
        }
        buffer.add(new LogRecord.Term());
        List<Lgpos> positions = flushLog();
        Lgpos term = positions.get(positions.size() - 1);
        writeDirtyPages();
        header = header.consistent(term, LogTime.of(config.clock().now()));
        DatabaseFile.writeHeader(disk, config.databaseFile(), header);
        checkpoint = checkpoint.at(log.current().end(), LogTime.of(config.clock().now()));
        CheckpointFile.write(disk, config.checkpointFile(), checkpoint);
        open = false;
    }

    /** Stops abnormally: whatever was only in memory (unflushed log records, dirty pages) is lost. */
    public void crash() {
        requireOpen();
        buffer.clear();
        dirty.clear();
        cache.clear();
        active.clear();
        open = false;
    }

    /** Records a completed full online backup in the database header (Previous Full Backup). */
    public void recordFullBackup(BackupInfo backup) {
        requireOpen();
        header = header.withBackups(backup, BackupInfo.NONE);
        DatabaseFile.writeHeader(disk, config.databaseFile(), header);
    }

    /** Flushes pending log records without committing anything (as ESE's lazy log writer would). */
    public void flushLogBuffer() {
        requireOpen();
        flushLog();
    }

    /** The lowest page number never written, in the cache or in the database file. */
    public int nextFreePage() {
        long onDisk = disk.size(config.databaseFile()) / DatabaseHeader.PAGE_SIZE - 1;
        int cached = cache.isEmpty() ? 0 : ((TreeMap<Integer, Page>) cache).lastKey();
        return (int) Math.max(onDisk, cached) + 1;
    }

    /** The events the store reported while running (log disk full, generations nearly used up). */
    public List<EngineEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The error every update gets now, if the store is refusing updates: -529 (log disk full) or -519 (log sequence end). */
    public Optional<JetError> refusingUpdates() {
        return switch (log.state()) {
            case NORMAL -> Optional.empty();
            case LOG_DISK_FULL -> Optional.of(JetError.JET_errLogDiskFull);
            case LOG_SEQUENCE_END -> Optional.of(JetError.JET_errLogSequenceEnd);
        };
    }

    public int currentGeneration() {
        return log.generation();
    }

    public Lgpos checkpoint() {
        return checkpoint.checkpoint();
    }

    public Lgpos endOfLog() {
        return log.current().end();
    }

    public DatabaseHeader header() {
        return header;
    }

    public boolean isOpen() {
        return open;
    }

    public Map<Integer, Transaction> activeTransactions() {
        return Collections.unmodifiableMap(active);
    }

    public EngineConfig config() {
        return config;
    }

    /** Work asked of a store that is not mounted: the engine is not initialised (jethdr.w: -1029). */
    private void requireOpen() {
        if (!open) {
            throw new JetException(JetError.JET_errNotInitialized, config.databaseFile(), "the store is not mounted");
        }
    }
}
