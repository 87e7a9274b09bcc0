package ese.recovery.io;

import ese.recovery.database.DatabaseHeader;
import ese.recovery.jet.Checksum;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogRecord;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Damage as a crash or a failing disk leaves it: a byte changed in place, the rest of the file intact.
 * Each kind names where in the file the byte is, so the damage is found by the checksum that covers it.
 */
public final class Damage {
    private Damage() {
    }

    /** Inverts every bit of the byte at {@code offset}. */
    public static void flipByte(Disk disk, Path file, long offset) {
        if (offset < 0 || offset >= disk.size(file)) {
            throw new IllegalArgumentException("offset " + offset + " is outside " + file.getFileName() + " (" + disk.size(file) + " bytes)");
        }
        byte[] b = disk.read(file, offset, 1);
        disk.write(file, offset, new byte[] {(byte) ~b[0]});
        disk.flush(file);
    }

    /** A byte inside the first block of log records, so that the blocks after it are intact. */
    public static void logRecords(Disk disk, Path log) {
        flipByte(disk, log, LogFileHeader.SIZE + LogFile.BLOCK_HEADER + 5);
    }

    /** A byte of the log file's header. */
    public static void logHeader(Disk disk, Path log) {
        flipByte(disk, log, 24);
    }

    /** A byte of data page {@code page} of a database. */
    public static void databasePage(Disk disk, Path database, int page) {
        flipByte(disk, database, (long) (page + 1) * DatabaseHeader.PAGE_SIZE + 40);
    }

    /**
     * A record the engine cannot read, that a checksum does not catch: what a tool that writes logs
     * leaves when it gets a record wrong and seals the block anyway. Each kind is one record (or record
     * count) that fails one of the checks ESE makes on every record it reads (logread.cxx l.2333-2346:
     * a type it does not know, a size past the rest of the segment).
     */
    public enum MalformedRecord {
        UNKNOWN_TYPE("a record of a type no engine writes", bytes(42, 0, 0), 1),
        BODY_PAST_THE_BLOCK("a record whose length runs past its block", bytes(LogRecord.TYPE_BEGIN, 0xFF, 0xFF, 1, 0, 0, 0), 1),
        BEGIN_TOO_LONG("a begin record one byte too long", bytes(LogRecord.TYPE_BEGIN, 5, 0, 1, 0, 0, 0, 0), 1),
        COMMIT_TOO_SHORT("a commit record one byte too short", bytes(LogRecord.TYPE_COMMIT, 3, 0, 1, 0, 0), 1),
        TERM_WITH_A_BODY("a term record with a body", bytes(LogRecord.TYPE_TERM, 1, 0, 0), 1),
        QUIT_WITH_A_BODY("an end of recovery record with a body", bytes(LogRecord.TYPE_RECOVERY_QUIT, 1, 0, 0), 1),
        PAGE_WRITE_TOO_SHORT("a page write shorter than its fixed fields", pageWrite(25, 0, 0), 1),
        BEFORE_IMAGE_PAST_ITS_BODY("a page write whose before image runs past its body", pageWrite(24 + 2 + 1, 200, 0), 1),
        AFTER_IMAGE_PAST_ITS_BODY("a page write whose after image runs past its body", pageWrite(24 + 2 + 2 + 2, 2, 200), 1),
        PAGE_WRITE_WITH_BYTES_OVER("a page write with a byte after its images", pageWrite(24 + 2 + 2 + 2 + 1 + 1, 2, 1), 1),
        UNDO_TOO_SHORT("an undo record shorter than its fixed fields", undo(25, 0), 1),
        UNDO_WITH_BYTES_OVER("an undo record with a byte after its image", undo(24 + 2 + 1 + 1, 1), 1),
        ATTACH_NAME_PAST_ITS_BODY("an attach record whose database name runs past its body", bytes(LogRecord.TYPE_ATTACH, 2, 0, 'p', 'r'), 1),
        HALF_A_RECORD_HEADER("a record cut after its type", bytes(LogRecord.TYPE_BEGIN, 4), 1),
        COUNT_TOO_HIGH("a record count one higher than the records", new byte[0], 1),
        COUNT_TOO_LOW("a begin record the block's record count leaves out", bytes(LogRecord.TYPE_BEGIN, 4, 0, 1, 0, 0, 0), 0);

        private final String words;
        private final byte[] record;
        private final int counted;

        MalformedRecord(String words, byte[] record, int counted) {
            this.words = words;
            this.record = record;
            this.counted = counted;
        }

        /** How a scenario names it. */
        public String words() {
            return words;
        }

        /** The kind a scenario names, e.g. "a begin record one byte too long". */
        public static MalformedRecord named(String words) {
            return Arrays.stream(values()).filter(k -> k.words.equals(words)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no malformed record is called \"" + words + "\""));
        }

        private static byte[] bytes(int... values) {
            byte[] b = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                b[i] = (byte) values[i];
            }
            return b;
        }

        /** A page write of {@code body} bytes: zeroed fixed fields, then the two image lengths given, the rest zero. */
        private static byte[] pageWrite(int body, int before, int after) {
            byte[] b = new byte[3 + body];
            b[0] = (byte) LogRecord.TYPE_PAGE_WRITE;
            b[1] = (byte) body;
            b[2] = (byte) (body >>> 8);
            put16(b, 3 + 24, before, body);
            put16(b, 3 + 24 + 2 + Math.min(before, body), after, body);
            return b;
        }

        private static byte[] undo(int body, int image) {
            byte[] b = new byte[3 + body];
            b[0] = (byte) LogRecord.TYPE_UNDO;
            b[1] = (byte) body;
            b[2] = (byte) (body >>> 8);
            put16(b, 3 + 24, image, body);
            return b;
        }

        /** A 16-bit length at {@code at}, where the body has room for it. */
        private static void put16(byte[] b, int at, int value, int body) {
            if (at + 2 <= 3 + body) {
                b[at] = (byte) value;
                b[at + 1] = (byte) (value >>> 8);
            }
        }
    }

    /**
     * Appends {@code kind} to the last block of records of {@code log} and seals the block again (its
     * record count, length and checksum), so that only the record checks can find it. The log's other
     * blocks are left as they are; the block may grow into the zeros after it.
     */
    public static void malformedRecord(Disk disk, Path log, MalformedRecord kind) {
        byte[] bytes = disk.read(log, 0, (int) disk.size(log));
        int last = lastBlock(disk, log, bytes);
        int length = u32(bytes, last + 16);
        int end = last + LogFile.BLOCK_HEADER + length;
        if (end + kind.record.length > bytes.length) {
            throw new IllegalArgumentException("no room after the last block of " + log.getFileName());
        }
        System.arraycopy(kind.record, 0, bytes, end, kind.record.length);
        int count = (bytes[last + 14] & 0xFF) | (bytes[last + 15] & 0xFF) << 8;
        put(bytes, last + 14, count + kind.counted, 2);
        put(bytes, last + 16, length + kind.record.length, 4);
        int extent = LogFile.BLOCK_HEADER + length + kind.record.length;
        put(bytes, last + 4, Checksum.of(bytes, last + 8, extent - 8), 4);
        disk.write(log, last, Arrays.copyOfRange(bytes, last, last + extent));
        disk.flush(log);
    }

    /**
     * A write torn by a crash at the end of a log: a byte of its last block of records changed, the zeros
     * after it left as they are, so that the block fails its checksum and nothing follows it.
     */
    public static void tornLastBlock(Disk disk, Path log) {
        byte[] bytes = disk.read(log, 0, (int) disk.size(log));
        flipByte(disk, log, lastBlock(disk, log, bytes) + LogFile.BLOCK_HEADER);
    }

    /**
     * A byte of the length of the first block of records of {@code log} (its second byte): the block then
     * claims more bytes than the rest of the log holds.
     */
    public static void firstBlockLength(Disk disk, Path log) {
        flipByte(disk, log, LogFileHeader.SIZE + 17);
    }

    /**
     * A byte of the last sector of the last block of {@code log}, after the block's records: a byte the
     * block's records do not cover, in a sector the engine wrote.
     */
    public static void afterTheLastRecord(Disk disk, Path log) {
        LastBlock last = LastBlock.of(disk, log);
        if (last.recordsEnd() >= last.sectorsEnd()) {
            throw new IllegalArgumentException("the last block of " + log.getFileName() + " fills its last sector");
        }
        flipByte(disk, log, last.sectorsEnd() - 1);
    }

    /**
     * A byte in the second sector after the last block of {@code log} (100 bytes into it), where the log
     * holds only zeros: data after the end of the log's records.
     */
    public static void pastTheEnd(Disk disk, Path log) {
        LastBlock last = LastBlock.of(disk, log);
        flipByte(disk, log, last.sectorsEnd() + last.sectorSize() + 100);
    }

    /** Where the last block of records of a log ends: after its records, and after the sectors they take. */
    private record LastBlock(long recordsEnd, long sectorsEnd, int sectorSize) {
        static LastBlock of(Disk disk, Path log) {
            byte[] bytes = disk.read(log, 0, (int) disk.size(log));
            int last = lastBlock(disk, log, bytes);
            int sectorSize = LogFile.readHeader(disk, log).sectorSize();
            long extent = LogFile.BLOCK_HEADER + Integer.toUnsignedLong(u32(bytes, last + 16));
            return new LastBlock(last + extent, last + (extent + sectorSize - 1) / sectorSize * sectorSize, sectorSize);
        }
    }

    /** Where the last block of records of {@code log} (whose bytes are {@code bytes}) starts. */
    private static int lastBlock(Disk disk, Path log, byte[] bytes) {
        LogFileHeader header = LogFile.readHeader(disk, log);
        int sectorSize = header.sectorSize();
        int last = -1;
        int at = header.headerSectors() * sectorSize;
        while (at + LogFile.BLOCK_HEADER <= bytes.length && u32(bytes, at) == LogFile.BLOCK_MAGIC) {
            last = at;
            long extent = LogFile.BLOCK_HEADER + Integer.toUnsignedLong(u32(bytes, at + 16));
            at += (int) ((extent + sectorSize - 1) / sectorSize) * sectorSize;
        }
        if (last < 0) {
            throw new IllegalArgumentException(log.getFileName() + " holds no block of records");
        }
        return last;
    }

    private static int u32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static void put(byte[] b, int at, int value, int width) {
        for (int i = 0; i < width; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
