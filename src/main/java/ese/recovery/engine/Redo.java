package ese.recovery.engine;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.Page;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogRecord;
import ese.recovery.log.RecordView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Redo: replays log records into the database, idempotently, from the checkpoint's position on (the records
 * of its generation before it are left alone, as ESE's redo starts at lgposRedoFrom). A page change applies only when the
 * page's dbtime equals the record's dbtime-before; a page already at or past the record's dbtime-after
 * is skipped. Transactions still open when the logs end are rolled back by {@link #undoOpenTransactions},
 * which logs each compensation, so recovering twice is the same as recovering once.
 */
final class Redo implements LogFile.Visitor {
    private final EngineConfig config;
    private final Path database;
    private final Signature logSignature;
    /** The header as redo has it, but for its dbtime, which {@link #dbtime} holds: {@link #header()} puts the two together. */
    private DatabaseHeader header;
    private long dbtime;
    private boolean attached;
    private boolean attachSeen;
    /** The page cache: the page as redo last saw or changed it, by number; a page changed is also in {@link #dirty}. */
    private final Pages cache = new Pages();
    private final Map<Integer, Slot> dirty = new TreeMap<>();
    /** Each open transaction's page writes, in order: the page and its before image, for the rollback at the end. */
    private final Map<Integer, Writes> open = new LinkedHashMap<>();
    /** The transaction whose writes were last added to, and its writes (consecutive records mostly share one). */
    private int lastTransaction;
    private Writes lastWrites;
    private final List<Integer> replayed = new ArrayList<>();
    /** The position of the last record read; {@link #last} is the start until a record is read. */
    private Lgpos last;
    private int lastGeneration;
    private int lastFileOffset;
    private int lastSectorSize;
    private boolean lastRead;
    private int highGeneration;
    private LogTime highCreated = LogTime.NONE;
    /** The buffer of the log being replayed: images that point into it are copied when it is done. */
    private byte[] buffer;
    /** Where redo starts (the checkpoint): the records of its generation before it are not replayed. */
    private final Lgpos start;

    /**
     * An image in a log's buffer, copied out only when that log is done with (so a page rewritten many
     * times in a log is copied once, not once per change), or one already copied.
     */
    private static class Image {
        byte[] bytes;
        int offset;
        int length;

        void set(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
        }

        /** Its own copy, once the buffer it is in goes away. */
        void own(byte[] leaving) {
            if (bytes == leaving) {
                bytes = Arrays.copyOfRange(bytes, offset, offset + length);
                offset = 0;
            }
        }

        byte[] copy() {
            return Arrays.copyOfRange(bytes, offset, offset + length);
        }
    }

    /**
     * The cached pages by number: in an array for the numbers a database of up to 256 MiB has, in a map
     * beyond (a log can name any page).
     */
    private static final class Pages {
        private static final int DIRECT = 1 << 16;
        private Slot[] direct = new Slot[64];
        private final Map<Integer, Slot> beyond = new HashMap<>();

        Slot get(int number) {
            if (number >= 0 && number < DIRECT) {
                return number < direct.length ? direct[number] : null;
            }
            return beyond.get(number);
        }

        void put(int number, Slot slot) {
            if (number >= 0 && number < DIRECT) {
                if (number >= direct.length) {
                    direct = Arrays.copyOf(direct, Math.min(DIRECT, Math.max(number + 1, direct.length * 2)));
                }
                direct[number] = slot;
            } else {
                beyond.put(number, slot);
            }
        }

        void forEach(java.util.function.Consumer<Slot> action) {
            for (Slot s : direct) {
                if (s != null) {
                    action.accept(s);
                }
            }
            beyond.values().forEach(action);
        }
    }

    /** A transaction's page writes, in order: each page and its before image (a range of a buffer, or a copy). */
    private static final class Writes {
        private static final int[] NONE = new int[0];
        int size;
        int[] pages = NONE;
        byte[][] bytes = new byte[0][];
        int[] offsets = NONE;
        int[] lengths = NONE;

        void add(int page, byte[] in, int offset, int length) {
            if (size == pages.length) {
                int grown = Math.max(8, size * 2);
                pages = Arrays.copyOf(pages, grown);
                bytes = Arrays.copyOf(bytes, grown);
                offsets = Arrays.copyOf(offsets, grown);
                lengths = Arrays.copyOf(lengths, grown);
            }
            pages[size] = page;
            bytes[size] = in;
            offsets[size] = offset;
            lengths[size] = length;
            size++;
        }

        void removeLast() {
            if (size > 0) {
                size--;
                bytes[size] = null;
            }
        }

        byte[] before(int i) {
            return Arrays.copyOfRange(bytes[i], offsets[i], offsets[i] + lengths[i]);
        }

        /** Copies the before images that are in {@code leaving}, a buffer going away. */
        void own(byte[] leaving) {
            for (int i = 0; i < size; i++) {
                if (bytes[i] == leaving) {
                    bytes[i] = before(i);
                    offsets[i] = 0;
                }
            }
        }
    }

    /** A cached page: its number, its dbtime, its data (an image), and whether it is in {@link #dirty}. */
    private static final class Slot extends Image {
        final int number;
        long dbtime;
        boolean dirty;

        Slot(int number, long dbtime, byte[] bytes, int offset, int length) {
            this.number = number;
            this.dbtime = dbtime;
            set(bytes, offset, length);
        }

        Page page() {
            return new Page(number, dbtime, offset == 0 && length == bytes.length ? bytes : copy());
        }
    }

    Redo(EngineConfig config, DatabaseHeader header, Signature logSignature, Lgpos start) {
        this.config = config;
        this.database = config.databaseFile();
        this.header = header;
        this.dbtime = header.dbtime();
        this.logSignature = logSignature;
        this.attached = !header.state().consistent() && header.logSignature().equals(logSignature)
                && start.compareTo(header.attachPosition()) >= 0;
        this.last = start;
        this.start = start;
    }

    DatabaseHeader header() {
        if (header.dbtime() != dbtime) {
            header = header.withDbtime(dbtime);
        }
        return header;
    }

    private void header(DatabaseHeader h) {
        header = h;
        dbtime = h.dbtime();
    }

    boolean attached() {
        return attached;
    }

    List<Integer> replayed() {
        return replayed;
    }

    Lgpos lastPosition() {
        if (lastRead) {
            last = new Lgpos(lastGeneration, lastFileOffset / lastSectorSize, lastFileOffset % lastSectorSize);
            lastRead = false;
        }
        return last;
    }

    /** The highest log this redo will reach, recorded in the header when a database attaches. */
    void highestLog(int generation, LogTime created) {
        this.highGeneration = generation;
        this.highCreated = created;
    }

    /** Writes the header now (ESE writes the Log Required range when redo begins). */
    void requireLogs(int low, int high, LogTime highCreated) {
        header(header().withLogRequired(low, high, highCreated));
        DatabaseFile.writeHeader(config.disk(), database, header());
    }

    /** Replays every record of one log, in order, reading them where they lie; then the log counts as replayed. */
    void replay(LogFile.InPlace log) {
        replay(log, null);
    }

    /**
     * As {@link #replay(LogFile.InPlace)}, giving each record (and the header) to {@code alongside} first, in
     * the same pass: for a reader that follows the log and never fails, so that its view is the same as
     * if it had read the whole log before redo.
     */
    void replay(LogFile.InPlace log, LogFile.Visitor alongside) {
        try {
            log.forEachRecord(alongside == null ? this : new LogFile.Visitor() {
                @Override
                public void header(LogFileHeader header) {
                    alongside.header(header);
                    Redo.this.header(header);
                }

                @Override
                public void record(RecordView record) {
                    alongside.record(record);
                    Redo.this.record(record);
                }
            });
        } finally {
            if (buffer != null) {
                release();
            }
        }
        replayed.add(log.scan().header().generation());
    }

    /** A log's header, before its records. */
    @Override
    public void header(LogFileHeader h) {
        if (!attached && !attachSeen) {
            for (LogFileHeader.AttachInfo a : h.attachments()) {
                if (a.databaseSignature().equals(header.databaseSignature()) && header.state().consistent()) {
                    checkNotOlder(a.consistentAt(), new Lgpos(h.generation(), 0, 0), true);
                }
            }
        }
    }

    /** The log's buffer is done with: the images that point into it get their own copies. */
    private void release() {
        cache.forEach(slot -> slot.own(buffer));
        for (Writes writes : open.values()) {
            writes.own(buffer);
        }
        buffer = null;
    }

    private void checkNotOlder(Lgpos expectedConsistent, Lgpos at, boolean fromHeader) {
        int c = expectedConsistent.compareTo(header.consistentPosition());
        if (c > 0) {
            throw new JetException(JetError.JET_errConsistentTimeMismatch, database, String.format(
                    "the logs at %s expect the database consistent at %s; it is consistent at %s", at, expectedConsistent, header.consistentPosition()));
        }
        if (c == 0 && fromHeader) {
            throw new JetException(JetError.JET_errAttachedDatabaseMismatch, database, String.format(
                    "the database was attached before %s, where replay began; the logs of that attachment were not replayed", at));
        }
    }

    @Override
    public void record(RecordView r) {
        if (r.generation() == start.generation() && (r.sector() < start.sector() || r.sector() == start.sector() && r.offset() < start.offset())) {
            // before the checkpoint: what it describes was in the database when the checkpoint moved past it
            // (ESE's redo begins at the checkpoint's position, lgposRedoFrom: logredo.cxx l.14060-14063, l.11971)
            return;
        }
        buffer = r.buffer();
        lastGeneration = r.generation();
        lastFileOffset = r.fileOffset();
        lastSectorSize = r.sectorSize();
        lastRead = true;
        int type = r.type();
        if (type == LogRecord.TYPE_ATTACH) {
            attach((LogRecord.Attach) r.record(), r.lgpos());
            return;
        }
        if (!attached) {
            return;
        }
        switch (type) {
            case LogRecord.TYPE_BEGIN -> {
                Writes writes = new Writes();
                open.put(r.transaction(), writes);
                lastTransaction = r.transaction();
                lastWrites = writes;
            }
            case LogRecord.TYPE_PAGE_WRITE -> {
                int page = r.page();
                change(page, r.dbtimeBefore(), r.dbtimeAfter(), r.buffer(), r.afterImageOffset(), r.afterImageLength(), r);
                writes(r.transaction()).add(page, r.buffer(), r.firstImageOffset(), r.firstImageLength());
            }
            case LogRecord.TYPE_UNDO -> {
                change(r.page(), r.dbtimeBefore(), r.dbtimeAfter(), r.buffer(), r.firstImageOffset(), r.firstImageLength(), r);
                Writes writes = open.get(r.transaction());
                if (writes != null) {
                    writes.removeLast();
                }
            }
            case LogRecord.TYPE_COMMIT, LogRecord.TYPE_ROLLBACK -> {
                open.remove(r.transaction());
                lastWrites = null;
            }
            default -> {
                // Term or RecoveryQuit. Never one before the database's attach position: redo starts at the
                // checkpoint's position, and the database is attached there only if that is at or after its
                // attach position, else at its Attach record (a Term before either is skipped above, unattached)
                Lgpos at = r.lgpos();
                open.clear();
                lastWrites = null;
                header(header().consistent(at, LogTime.of(config.clock().now())));
                attached = false;
                flush();
            }
        }
    }

    /** The open writes of {@code transaction}, made if it has none (a transaction whose begin was before the replay). */
    private Writes writes(int transaction) {
        if (lastWrites != null && lastTransaction == transaction) {
            return lastWrites;
        }
        Writes writes = open.computeIfAbsent(transaction, t -> new Writes());
        lastTransaction = transaction;
        lastWrites = writes;
        return writes;
    }

    private void attach(LogRecord.Attach a, Lgpos at) {
        if (attached || !a.databaseSignature().equals(header.databaseSignature())) {
            return;
        }
        if (!header.state().consistent()) {
            if (at.equals(header.attachPosition())) {
                attached = true;
            }
            return;
        }
        int c = a.consistentAt().compareTo(header.consistentPosition());
        if (c < 0) {
            return;
        }
        checkNotOlder(a.consistentAt(), at, false);
        attachSeen = true;
        attached = true;
        header(header().attached(logSignature, at, LogTime.of(config.clock().now()))
                .withLogRequired(at.generation(), Math.max(at.generation(), highGeneration), highCreated));
        DatabaseFile.writeHeader(config.disk(), database, header());
    }

    private void change(int pageNumber, long dbtimeBefore, long dbtimeAfter, byte[] bytes, int offset, int length, RecordView at) {
        Slot current = page(pageNumber);
        long t = current == null ? 0L : current.dbtime;
        if (dbtimeAfter > dbtime) {
            // the engine had issued this dbtime: the database's dbtime is at least that, even where the page was already written
            dbtime = dbtimeAfter;
        }
        if (t >= dbtimeAfter) {
            return;
        }
        if (t < dbtimeBefore) {
            throw new JetException(JetError.JET_errDbTimeTooOld, database, String.format(
                    "page %d is at dbtime %d, the record at %s changes it from dbtime %d: an earlier change is missing", pageNumber, t, at.lgpos(), dbtimeBefore));
        }
        if (t > dbtimeBefore) {
            throw new JetException(JetError.JET_errDbTimeTooNew, database, String.format(
                    "page %d is at dbtime %d, past the record at %s which changes it from dbtime %d", pageNumber, t, at.lgpos(), dbtimeBefore));
        }
        if (pageNumber < 1) {
            throw new IllegalArgumentException("data pages are numbered from 1: " + pageNumber);
        }
        if (length > Page.MAX_DATA) {
            throw new IllegalArgumentException("page data of " + length + " bytes exceeds " + Page.MAX_DATA);
        }
        if (current == null) {
            current = new Slot(pageNumber, dbtimeAfter, bytes, offset, length);
            cache.put(pageNumber, current);
        } else {
            current.dbtime = dbtimeAfter;
            current.set(bytes, offset, length);
        }
        dirty(current);
    }

    private void dirty(Slot slot) {
        if (!slot.dirty) {
            slot.dirty = true;
            dirty.put(slot.number, slot);
        }
    }

    private Slot page(int number) {
        Slot p = cache.get(number);
        if (p != null) {
            return p;
        }
        Optional<Page> read = DatabaseFile.readPage(config.disk(), database, number);
        if (read.isEmpty()) {
            return null;
        }
        byte[] data = read.get().data();
        Slot slot = new Slot(number, read.get().dbtime(), data, 0, data.length);
        cache.put(number, slot);
        return slot;
    }

    /** The compensations that roll back every transaction still open, newest change first; applied to the cache. */
    List<LogRecord> undoOpenTransactions() {
        List<LogRecord> records = new ArrayList<>();
        List<Integer> transactions = new ArrayList<>(open.keySet());
        for (int i = transactions.size() - 1; i >= 0; i--) {
            int trx = transactions.get(i);
            Writes writes = open.get(trx);
            for (int j = writes.size - 1; j >= 0; j--) {
                int pageNumber = writes.pages[j];
                // redo changed the page (change() caches every page it changes), so it is in the cache
                Slot current = cache.get(pageNumber);
                long before = current.dbtime;
                long after = Math.max(dbtime, before) + 1;
                byte[] image = writes.before(j);
                records.add(new LogRecord.Undo(trx, pageNumber, before, after, image));
                new Page(pageNumber, after, image); // the same checks as every page
                current.dbtime = after;
                current.set(image, 0, image.length);
                dirty(current);
                dbtime = after;
            }
            records.add(new LogRecord.Rollback(trx));
        }
        open.clear();
        lastWrites = null;
        return records;
    }

    /** The database is consistent at {@code at}: Clean Shutdown, Log Required 0-0. */
    void consistentAt(Lgpos at) {
        header(header().consistent(at, LogTime.of(config.clock().now())));
        attached = false;
    }

    /**
     * Hard recovery done: the database is no longer a backup copy, and it has no Previous Full Backup either.
     * ESE clears both at the end of any hard recovery, "to prevent an incremental backup and log truncation
     * problems" (db.cxx l.5696-5705): the next backup of a restored database must be a full one.
     */
    void markRestored() {
        header(header().withBackups(ese.recovery.database.BackupInfo.NONE, ese.recovery.database.BackupInfo.NONE));
    }

    /**
     * Writes the redone pages and flushes them, then writes the header, and flushes: what recovery did so
     * far is in the database. The pages are durable before the header that may call them consistent, so a
     * power loss between the two never leaves a Clean Shutdown header over pages that were not written.
     */
    void flush() {
        if (!dirty.isEmpty()) {
            for (Slot p : dirty.values()) {
                DatabaseFile.writePage(config.disk(), database, p.page());
                p.dirty = false;
            }
            DatabaseFile.flush(config.disk(), database);
            dirty.clear();
        }
        DatabaseFile.writeHeader(config.disk(), database, header());
    }
}
