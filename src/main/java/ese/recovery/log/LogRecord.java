package ese.recovery.log;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.Signature;

import java.util.Arrays;

/**
 * The log records the model writes, each a type byte, a 16-bit body length and the body.
 * Like ESE's, page changes carry the database time (dbtime) before and after, so redo is idempotent:
 * a page whose dbtime is already at or past the record's is skipped.
 */
public sealed interface LogRecord {
    int TYPE_BEGIN = 1, TYPE_PAGE_WRITE = 2, TYPE_COMMIT = 3, TYPE_ROLLBACK = 4, TYPE_UNDO = 5,
            TYPE_ATTACH = 6, TYPE_TERM = 7, TYPE_RECOVERY_QUIT = 8;

    /** A transaction begins. */
    record Begin(int transaction) implements LogRecord {
    }

    /** A page written by a transaction: before and after images with their database times. */
    record PageWrite(int transaction, int page, long dbtimeBefore, long dbtimeAfter, byte[] before, byte[] after) implements LogRecord {
        @Override
        public boolean equals(Object o) {
            return o instanceof PageWrite p && p.transaction == transaction && p.page == page && p.dbtimeBefore == dbtimeBefore
                    && p.dbtimeAfter == dbtimeAfter && Arrays.equals(p.before, before) && Arrays.equals(p.after, after);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(dbtimeAfter) * 31 + page;
        }

        @Override
        public String toString() {
            return "PageWrite[trx=" + transaction + ", page=" + page + ", dbtime " + dbtimeBefore + "->" + dbtimeAfter + "]";
        }
    }

    /** A transaction commits; once this record is durable the transaction survives any crash. */
    record Commit(int transaction) implements LogRecord {
    }

    /** A transaction rolled back; its undo records precede this one. */
    record Rollback(int transaction) implements LogRecord {
    }

    /** A compensation: the before image of a page put back while rolling back a transaction. */
    record Undo(int transaction, int page, long dbtimeBefore, long dbtimeAfter, byte[] image) implements LogRecord {
        @Override
        public boolean equals(Object o) {
            return o instanceof Undo u && u.transaction == transaction && u.page == page && u.dbtimeBefore == dbtimeBefore
                    && u.dbtimeAfter == dbtimeAfter && Arrays.equals(u.image, image);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(dbtimeAfter) * 31 + page;
        }

        @Override
        public String toString() {
            return "Undo[trx=" + transaction + ", page=" + page + ", dbtime " + dbtimeBefore + "->" + dbtimeAfter + "]";
        }
    }

    /** The database is attached; {@code consistentAt} is the database header's lgposConsistent at that moment. */
    record Attach(String database, Signature databaseSignature, Lgpos consistentAt) implements LogRecord {
    }

    /** Clean shutdown: every database was detached consistent here. */
    record Term() implements LogRecord {
    }

    /** End of a recovery: uncommitted work has been undone, the databases are consistent here. */
    record RecoveryQuit() implements LogRecord {
    }

    default void writeTo(ByteWriter out) {
        ByteWriter body = new ByteWriter(64);
        int type;
        if (this instanceof Begin b) {
            type = TYPE_BEGIN;
            body.u32(b.transaction());
        } else if (this instanceof PageWrite p) {
            type = TYPE_PAGE_WRITE;
            body.u32(p.transaction()).u32(p.page()).u64(p.dbtimeBefore()).u64(p.dbtimeAfter()).blob(p.before()).blob(p.after());
        } else if (this instanceof Commit c) {
            type = TYPE_COMMIT;
            body.u32(c.transaction());
        } else if (this instanceof Rollback r) {
            type = TYPE_ROLLBACK;
            body.u32(r.transaction());
        } else if (this instanceof Undo u) {
            type = TYPE_UNDO;
            body.u32(u.transaction()).u32(u.page()).u64(u.dbtimeBefore()).u64(u.dbtimeAfter()).blob(u.image());
        } else if (this instanceof Attach a) {
            type = TYPE_ATTACH;
            body.utf8(a.database());
            a.databaseSignature().writeTo(body);
            a.consistentAt().writeTo(body);
        } else if (this instanceof Term) {
            type = TYPE_TERM;
        } else {
            type = TYPE_RECOVERY_QUIT;
        }
        out.u8(type).blob(body.toByteArray());
    }

    /** The bytes {@link #writeTo} writes: type, body length, body (counted, not serialized, but for an attach). */
    default int encodedSize() {
        int body;
        if (this instanceof Begin || this instanceof Commit || this instanceof Rollback) {
            body = 4;
        } else if (this instanceof PageWrite p) {
            body = 24 + 2 + p.before().length + 2 + p.after().length;
        } else if (this instanceof Undo u) {
            body = 24 + 2 + u.image().length;
        } else if (this instanceof Term || this instanceof RecoveryQuit) {
            body = 0;
        } else {
            ByteWriter w = new ByteWriter(64);
            writeTo(w);
            return w.position();
        }
        return 1 + 2 + body;
    }

    static LogRecord readFrom(ByteReader in) {
        int type = in.u8();
        ByteReader body = in.slice(in.u16());
        LogRecord r = switch (type) {
            case TYPE_BEGIN -> new Begin(body.u32());
            case TYPE_PAGE_WRITE -> new PageWrite(body.u32(), body.u32(), body.u64(), body.u64(), body.blob(), body.blob());
            case TYPE_COMMIT -> new Commit(body.u32());
            case TYPE_ROLLBACK -> new Rollback(body.u32());
            case TYPE_UNDO -> new Undo(body.u32(), body.u32(), body.u64(), body.u64(), body.blob());
            case TYPE_ATTACH -> new Attach(body.utf8(), Signature.readFrom(body), Lgpos.readFrom(body));
            case TYPE_TERM -> new Term();
            case TYPE_RECOVERY_QUIT -> new RecoveryQuit();
            default -> throw new ByteReader.FormatException("unknown log record type " + type);
        };
        if (body.remaining() != 0) {
            throw new ByteReader.FormatException("log record type " + type + " has " + body.remaining() + " bytes too many");
        }
        return r;
    }
}
