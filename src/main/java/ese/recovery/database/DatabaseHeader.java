package ese.recovery.database;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;

import java.util.Objects;

/**
 * The database header (ESE's DBFILEHDR), the fields recovery reads: state, the Log Required range
 * with the creation time of its highest log, the log signature the database was attached to, the
 * database signature, the last consistent and attach positions and times, and the backup information.
 * A copy restored from an online backup carries {@code currentFullBackup}; soft recovery refuses it.
 */
public record DatabaseHeader(
        Signature databaseSignature,
        DatabaseState state,
        long dbtime,
        Lgpos consistentPosition,
        LogTime consistentTime,
        Lgpos attachPosition,
        LogTime attachTime,
        Signature logSignature,
        int logRequiredLow,
        int logRequiredHigh,
        LogTime logRequiredHighCreated,
        BackupInfo lastFullBackup,
        BackupInfo currentFullBackup) {

    public static final int SIZE = 4096;
    /** ESE's database header magic, ulMagic. */
    public static final int MAGIC = 0x89ABCDEF;
    public static final int FORMAT_VERSION = 1;
    public static final int PAGE_SIZE = 4096;

    public DatabaseHeader {
        Objects.requireNonNull(databaseSignature);
        Objects.requireNonNull(state);
        Objects.requireNonNull(consistentPosition);
        Objects.requireNonNull(consistentTime);
        Objects.requireNonNull(attachPosition);
        Objects.requireNonNull(attachTime);
        Objects.requireNonNull(logSignature);
        Objects.requireNonNull(logRequiredHighCreated);
        Objects.requireNonNull(lastFullBackup);
        Objects.requireNonNull(currentFullBackup);
    }

    /** Log Required as eseutil /mh shows it: {@code 16-26 (0x10-0x1A)}. */
    public String logRequired() {
        return String.format("%d-%d (0x%X-0x%X)", logRequiredLow, logRequiredHigh, logRequiredLow, logRequiredHigh);
    }

    public DatabaseHeader withState(DatabaseState s) {
        return new DatabaseHeader(databaseSignature, s, dbtime, consistentPosition, consistentTime, attachPosition, attachTime,
                logSignature, logRequiredLow, logRequiredHigh, logRequiredHighCreated, lastFullBackup, currentFullBackup);
    }

    public DatabaseHeader withDbtime(long t) {
        return new DatabaseHeader(databaseSignature, state, t, consistentPosition, consistentTime, attachPosition, attachTime,
                logSignature, logRequiredLow, logRequiredHigh, logRequiredHighCreated, lastFullBackup, currentFullBackup);
    }

    public DatabaseHeader withLogRequired(int low, int high, LogTime highCreated) {
        return new DatabaseHeader(databaseSignature, state, dbtime, consistentPosition, consistentTime, attachPosition, attachTime,
                logSignature, low, high, highCreated, lastFullBackup, currentFullBackup);
    }

    /** Attached to a log stream at {@code at}: Dirty Shutdown until detached. */
    public DatabaseHeader attached(Signature log, Lgpos at, LogTime time) {
        return new DatabaseHeader(databaseSignature, DatabaseState.DIRTY_SHUTDOWN, dbtime, consistentPosition, consistentTime, at, time,
                log, logRequiredLow, logRequiredHigh, logRequiredHighCreated, lastFullBackup, currentFullBackup);
    }

    /** Detached consistent at {@code at}: Clean Shutdown, Log Required 0-0. */
    public DatabaseHeader consistent(Lgpos at, LogTime time) {
        return new DatabaseHeader(databaseSignature, DatabaseState.CLEAN_SHUTDOWN, dbtime, at, time, attachPosition, attachTime,
                logSignature, 0, 0, LogTime.NONE, lastFullBackup, currentFullBackup);
    }

    public DatabaseHeader withBackups(BackupInfo last, BackupInfo current) {
        return new DatabaseHeader(databaseSignature, state, dbtime, consistentPosition, consistentTime, attachPosition, attachTime,
                logSignature, logRequiredLow, logRequiredHigh, logRequiredHighCreated, last, current);
    }

    public byte[] toBytes() {
        ByteWriter w = new ByteWriter(SIZE);
        w.u32(0).u32(MAGIC).u32(FORMAT_VERSION).u32(PAGE_SIZE);
        databaseSignature.writeTo(w);
        w.u32(state.code()).u64(dbtime);
        consistentPosition.writeTo(w);
        consistentTime.writeTo(w);
        attachPosition.writeTo(w);
        attachTime.writeTo(w);
        logSignature.writeTo(w);
        w.u32(logRequiredLow).u32(logRequiredHigh);
        logRequiredHighCreated.writeTo(w);
        lastFullBackup.writeTo(w);
        currentFullBackup.writeTo(w);
        w.at(FileType.OFFSET).u8(FileType.DATABASE.code());
        byte[] bytes = w.toByteArray(SIZE);
        Checksum.seal(bytes, 0, SIZE);
        return bytes;
    }

    static DatabaseHeader parse(byte[] bytes, int offset) {
        ByteReader r = new ByteReader(bytes, offset, SIZE);
        r.at(offset + 16);
        Signature db = Signature.readFrom(r);
        DatabaseState state;
        try {
            state = DatabaseState.ofCode(r.u32());
        } catch (IllegalArgumentException e) {
            throw new ByteReader.FormatException(e.getMessage());
        }
        long dbtime = r.u64();
        Lgpos consistent = Lgpos.readFrom(r);
        LogTime consistentTime = LogTime.readFrom(r);
        Lgpos attach = Lgpos.readFrom(r);
        LogTime attachTime = LogTime.readFrom(r);
        Signature log = Signature.readFrom(r);
        int low = r.u32();
        int high = r.u32();
        LogTime highCreated = LogTime.readFrom(r);
        BackupInfo last = BackupInfo.readFrom(r);
        BackupInfo current = BackupInfo.readFrom(r);
        return new DatabaseHeader(db, state, dbtime, consistent, consistentTime, attach, attachTime, log, low, high, highCreated, last, current);
    }
}
