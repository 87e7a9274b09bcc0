package ese.recovery.log;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.Lgpos;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One log record read where it lies in the log's buffer, as {@link LogFile.InPlace#forEachRecord} hands
 * it to a visitor: its type and position, its fields, and its
 * page images as ranges of the buffer (nothing is copied until asked for). The same view moves from
 * record to record; {@link #record()} decodes the record as {@link LogRecord#readFrom} does.
 */
public final class RecordView {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Where a page change's fixed fields end and its first image's length is. */
    private static final int CHANGE_FIXED = 24;

    private final byte[] bytes;
    private final int generation;
    private final int sectorSize;
    /** The record's offset in the file (its type byte), and where its body starts. */
    private int at;
    private int body;
    private int bodyLength;

    RecordView(byte[] bytes, int generation, int sectorSize) {
        this.bytes = bytes;
        this.generation = generation;
        this.sectorSize = sectorSize;
    }

    void at(int offset) {
        this.at = offset;
        this.body = offset + 3;
        this.bodyLength = (bytes[offset + 1] & 0xFF) | ((bytes[offset + 2] & 0xFF) << 8);
    }

    /**
     * Whether the {@code count} records in {@code length} bytes at {@code payload} are well formed, by the
     * checks {@link LogRecord#readFrom} makes (each body within the block, every field within its body,
     * nothing left over in a body or after the last record); puts each record's offset in {@code starts}
     * from index {@code first}.
     * An attach record, rare and of variable shape, is decoded to be checked.
     */
    static boolean verify(byte[] bytes, int payload, int length, int count, int[] starts, int first) {
        int end = payload + length;
        int p = payload;
        for (int i = 0; i < count; i++) {
            if (end - p < 3) {
                return false;
            }
            starts[first + i] = p;
            int type = bytes[p] & 0xFF;
            int n = (bytes[p + 1] & 0xFF) | ((bytes[p + 2] & 0xFF) << 8);
            int b = p + 3;
            if (end - b < n) {
                return false;
            }
            boolean ok = switch (type) {
                case LogRecord.TYPE_BEGIN, LogRecord.TYPE_COMMIT, LogRecord.TYPE_ROLLBACK -> n == 4;
                case LogRecord.TYPE_TERM, LogRecord.TYPE_RECOVERY_QUIT -> n == 0;
                case LogRecord.TYPE_PAGE_WRITE -> {
                    if (n < CHANGE_FIXED + 2) {
                        yield false;
                    }
                    int before = u16(bytes, b + CHANGE_FIXED);
                    int second = CHANGE_FIXED + 2 + before;
                    if (n < second + 2) {
                        yield false;
                    }
                    yield second + 2 + u16(bytes, b + second) == n;
                }
                case LogRecord.TYPE_UNDO -> n >= CHANGE_FIXED + 2 && CHANGE_FIXED + 2 + u16(bytes, b + CHANGE_FIXED) == n;
                case LogRecord.TYPE_ATTACH -> {
                    try {
                        LogRecord.readFrom(new ByteReader(bytes, p, 3 + n));
                        yield true;
                    } catch (ByteReader.FormatException e) {
                        yield false;
                    }
                }
                default -> false;
            };
            if (!ok) {
                return false;
            }
            p = b + n;
        }
        return p == end;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
    }

    /** {@link LogRecord#TYPE_BEGIN} to {@link LogRecord#TYPE_RECOVERY_QUIT}. */
    public int type() {
        return bytes[at] & 0xFF;
    }

    public int generation() {
        return generation;
    }

    public int sector() {
        return at / sectorSize;
    }

    /** The record's offset in the log file: {@link #sector()} x sector size + {@link #offset()}. */
    public int fileOffset() {
        return at;
    }

    public int sectorSize() {
        return sectorSize;
    }

    public int offset() {
        return at % sectorSize;
    }

    /** Where the record is, as {@link PositionedRecord#lgpos()} gives it. */
    public Lgpos lgpos() {
        return new Lgpos(generation, sector(), offset());
    }

    /** The transaction of a begin, page write, commit, rollback or undo record. */
    public int transaction() {
        return (int) INT.get(bytes, body);
    }

    /** The page of a page write or undo record. */
    public int page() {
        return (int) INT.get(bytes, body + 4);
    }

    public long dbtimeBefore() {
        return (long) LONG.get(bytes, body + 8);
    }

    public long dbtimeAfter() {
        return (long) LONG.get(bytes, body + 16);
    }

    /** The buffer the images are in. */
    public byte[] buffer() {
        return bytes;
    }

    /** Where a page write's before image, or an undo's image, starts in {@link #buffer()}, and its length. */
    public int firstImageOffset() {
        return body + CHANGE_FIXED + 2;
    }

    public int firstImageLength() {
        return u16(bytes, body + CHANGE_FIXED);
    }

    /** Where a page write's after image starts in {@link #buffer()}, and its length. */
    public int afterImageOffset() {
        return firstImageOffset() + firstImageLength() + 2;
    }

    public int afterImageLength() {
        return u16(bytes, firstImageOffset() + firstImageLength());
    }

    /** The record decoded, as {@link LogRecord#readFrom} gives it. */
    public LogRecord record() {
        return LogRecord.readFrom(new ByteReader(bytes, at, 3 + bodyLength));
    }
}
