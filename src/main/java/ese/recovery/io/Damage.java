package ese.recovery.io;

import ese.recovery.database.DatabaseHeader;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;

import java.nio.file.Path;

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
}
