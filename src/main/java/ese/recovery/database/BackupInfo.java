package ese.recovery.database;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;

/**
 * ESE's BKINFO: the mark of an online backup (log position and time) and the log generations the
 * backup set holds. {@link #NONE} when no such backup.
 */
public record BackupInfo(Lgpos mark, LogTime markTime, int generationLow, int generationHigh) {
    public static final BackupInfo NONE = new BackupInfo(Lgpos.MIN, LogTime.NONE, 0, 0);
    public static final int SIZE = Lgpos.SIZE + LogTime.SIZE + 8;

    public boolean isSet() {
        return !equals(NONE);
    }

    void writeTo(ByteWriter w) {
        mark.writeTo(w);
        markTime.writeTo(w);
        w.u32(generationLow).u32(generationHigh);
    }

    static BackupInfo readFrom(ByteReader r) {
        // all zero bytes read as NONE: each field's zero is its own "not set" (Lgpos.MIN, LogTime.NONE, 0, 0)
        return new BackupInfo(Lgpos.readFrom(r), LogTime.readFrom(r), r.u32(), r.u32());
    }

    @Override
    public String toString() {
        return isSet() ? String.format("Log Gen: %d-%d (0x%X-0x%X) Mark: %s Mark Time: %s", generationLow, generationHigh,
                generationLow, generationHigh, mark, markTime) : "none";
    }
}
