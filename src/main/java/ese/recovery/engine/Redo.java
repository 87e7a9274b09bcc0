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
import ese.recovery.log.PositionedRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Redo: replays log records into the database, idempotently. A page change applies only when the
 * page's dbtime equals the record's dbtime-before; a page already at or past the record's dbtime-after
 * is skipped. Transactions still open when the logs end are rolled back by {@link #undoOpenTransactions},
 * which logs each compensation, so recovering twice is the same as recovering once.
 */
final class Redo {
    private final EngineConfig config;
    private final Path database;
    private final Signature logSignature;
    private DatabaseHeader header;
    private boolean attached;
    private boolean attachSeen;
    private final Map<Integer, Page> cache = new HashMap<>();
    private final Map<Integer, Page> dirty = new TreeMap<>();
    private final Map<Integer, List<LogRecord.PageWrite>> open = new LinkedHashMap<>();
    private final List<Integer> replayed = new ArrayList<>();
    private Lgpos last;
    private int highGeneration;
    private LogTime highCreated = LogTime.NONE;

    Redo(EngineConfig config, DatabaseHeader header, Signature logSignature, Lgpos start) {
        this.config = config;
        this.database = config.databaseFile();
        this.header = header;
        this.logSignature = logSignature;
        this.attached = !header.state().consistent() && header.logSignature().equals(logSignature)
                && start.compareTo(header.attachPosition()) >= 0;
        this.last = start;
    }

    DatabaseHeader header() {
        return header;
    }

    boolean attached() {
        return attached;
    }

    List<Integer> replayed() {
        return replayed;
    }

    Lgpos lastPosition() {
        return last;
    }

    /** The highest log this redo will reach, recorded in the header when a database attaches. */
    void highestLog(int generation, LogTime created) {
        this.highGeneration = generation;
        this.highCreated = created;
    }

    /** Writes the header now (ESE writes the Log Required range when redo begins). */
    void requireLogs(int low, int high, LogTime highCreated) {
        header = header.withLogRequired(low, high, highCreated);
        DatabaseFile.writeHeader(config.disk(), database, header);
    }

    /** Replays every record of one scanned log, in order. */
    void replay(LogFile.Scan scan) {
        LogFileHeader h = scan.header();
        if (!attached && !attachSeen) {
            for (LogFileHeader.AttachInfo a : h.attachments()) {
                if (a.databaseSignature().equals(header.databaseSignature()) && header.state().consistent()) {
                    checkNotOlder(a.consistentAt(), new Lgpos(h.generation(), 0, 0), true);
                }
            }
        }
        for (PositionedRecord pr : scan.records()) {
            apply(pr);
        }
        replayed.add(h.generation());
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

    private void apply(PositionedRecord pr) {
        LogRecord r = pr.record();
        last = pr.lgpos();
        if (r instanceof LogRecord.Attach a) {
            attach(a, pr.lgpos());
            return;
        }
        if (!attached) {
            return;
        }
        if (r instanceof LogRecord.Begin b) {
            open.put(b.transaction(), new ArrayList<>());
        } else if (r instanceof LogRecord.PageWrite w) {
            change(w.page(), w.dbtimeBefore(), w.dbtimeAfter(), w.after(), pr.lgpos());
            open.computeIfAbsent(w.transaction(), t -> new ArrayList<>()).add(w);
        } else if (r instanceof LogRecord.Undo u) {
            change(u.page(), u.dbtimeBefore(), u.dbtimeAfter(), u.image(), pr.lgpos());
            List<LogRecord.PageWrite> writes = open.get(u.transaction());
            if (writes != null && !writes.isEmpty()) {
                writes.remove(writes.size() - 1);
            }
        } else if (r instanceof LogRecord.Commit c) {
            open.remove(c.transaction());
        } else if (r instanceof LogRecord.Rollback rb) {
            open.remove(rb.transaction());
        } else if (r instanceof LogRecord.Term || r instanceof LogRecord.RecoveryQuit) {
            open.clear();
            header = header.consistent(pr.lgpos(), LogTime.of(config.clock().now()));
            attached = false;
            flush();
        }
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
        header = header.attached(logSignature, at, LogTime.of(config.clock().now()))
                .withLogRequired(at.generation(), Math.max(at.generation(), highGeneration), highCreated);
        DatabaseFile.writeHeader(config.disk(), database, header);
    }

    private void change(int pageNumber, long dbtimeBefore, long dbtimeAfter, byte[] image, Lgpos at) {
        Optional<Page> current = page(pageNumber);
        long t = current.map(Page::dbtime).orElse(0L);
        if (dbtimeAfter > header.dbtime()) {
            // the engine had issued this dbtime: the database's dbtime is at least that, even where the page was already written
            header = header.withDbtime(dbtimeAfter);
        }
        if (t >= dbtimeAfter) {
            return;
        }
        if (t < dbtimeBefore) {
            throw new JetException(JetError.JET_errDbTimeTooOld, database, String.format(
                    "page %d is at dbtime %d, the record at %s changes it from dbtime %d: an earlier change is missing", pageNumber, t, at, dbtimeBefore));
        }
        if (t > dbtimeBefore) {
            throw new JetException(JetError.JET_errDbTimeTooNew, database, String.format(
                    "page %d is at dbtime %d, past the record at %s which changes it from dbtime %d", pageNumber, t, at, dbtimeBefore));
        }
        Page p = new Page(pageNumber, dbtimeAfter, image);
        cache.put(pageNumber, p);
        dirty.put(pageNumber, p);
    }

    private Optional<Page> page(int number) {
        Page p = cache.get(number);
        if (p != null) {
            return Optional.of(p);
        }
        Optional<Page> read = DatabaseFile.readPage(config.disk(), database, number);
        read.ifPresent(x -> cache.put(number, x));
        return read;
    }

    /** The compensations that roll back every transaction still open, newest change first; applied to the cache. */
    List<LogRecord> undoOpenTransactions() {
        List<LogRecord> records = new ArrayList<>();
        List<Integer> transactions = new ArrayList<>(open.keySet());
        for (int i = transactions.size() - 1; i >= 0; i--) {
            int trx = transactions.get(i);
            List<LogRecord.PageWrite> writes = open.get(trx);
            for (int j = writes.size() - 1; j >= 0; j--) {
                LogRecord.PageWrite w = writes.get(j);
                long before = page(w.page()).map(Page::dbtime).orElse(0L);
                long after = Math.max(header.dbtime(), before) + 1;
                records.add(new LogRecord.Undo(trx, w.page(), before, after, w.before()));
                Page p = new Page(w.page(), after, w.before());
                cache.put(w.page(), p);
                dirty.put(w.page(), p);
                header = header.withDbtime(after);
            }
            records.add(new LogRecord.Rollback(trx));
        }
        open.clear();
        return records;
    }

    /** The database is consistent at {@code at}: Clean Shutdown, Log Required 0-0. */
    void consistentAt(Lgpos at) {
        header = header.consistent(at, LogTime.of(config.clock().now()));
        attached = false;
    }

    /** Hard recovery done: the backup becomes the Previous Full Backup and the database is no longer a backup copy. */
    void markRestored(ese.recovery.database.BackupInfo backup) {
        header = header.withBackups(backup, ese.recovery.database.BackupInfo.NONE);
    }

    /**
     * Writes the redone pages and flushes them, then writes the header, and flushes: what recovery did so
     * far is in the database. The pages are durable before the header that may call them consistent, so a
     * power loss between the two never leaves a Clean Shutdown header over pages that were not written.
     */
    void flush() {
        if (!dirty.isEmpty()) {
            for (Page p : dirty.values()) {
                DatabaseFile.writePage(config.disk(), database, p);
            }
            DatabaseFile.flush(config.disk(), database);
            dirty.clear();
        }
        DatabaseFile.writeHeader(config.disk(), database, header);
    }
}
