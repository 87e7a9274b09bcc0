package ese.recovery.database;

import ese.recovery.io.Disk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A database file: the header in page 0 with its shadow copy in page 1 (as ESE keeps two header
 * copies), then data page n at offset (n + 1) x 4 KiB, each checksummed and carrying its dbtime.
 */
public final class DatabaseFile {
    private DatabaseFile() {
    }

    /** The header as read, and whether the primary copy was damaged so the shadow copy was used. */
    public record HeaderRead(DatabaseHeader header, boolean usedShadow) {
    }

    public static void create(Disk disk, Path file, DatabaseHeader header) {
        byte[] bytes = new byte[2 * DatabaseHeader.SIZE];
        byte[] h = header.toBytes();
        System.arraycopy(h, 0, bytes, 0, h.length);
        System.arraycopy(h, 0, bytes, DatabaseHeader.SIZE, h.length);
        disk.create(file, bytes);
        disk.flush(file);
    }

    public static DatabaseHeader readHeader(Disk disk, Path file) {
        return readHeaderCopies(disk, file).header();
    }

    public static HeaderRead readHeaderCopies(Disk disk, Path file) {
        if (!disk.exists(file)) {
            throw new JetException(JetError.JET_errFileNotFound, file, "database file not found");
        }
        byte[] bytes = disk.read(file, 0, 2 * DatabaseHeader.SIZE);
        Optional<DatabaseHeader> primary = parseCopy(file, bytes, 0);
        if (primary.isPresent()) {
            return new HeaderRead(primary.get(), false);
        }
        Optional<DatabaseHeader> shadow = parseCopy(file, bytes, DatabaseHeader.SIZE);
        if (shadow.isPresent()) {
            return new HeaderRead(shadow.get(), true);
        }
        throw new JetException(JetError.JET_errDatabaseCorrupted, file, "both copies of the database header are damaged or missing");
    }

    private static Optional<DatabaseHeader> parseCopy(Path file, byte[] bytes, int offset) {
        if (bytes.length < offset + DatabaseHeader.SIZE) {
            return Optional.empty();
        }
        ByteReader magic = new ByteReader(bytes, offset + 4, 4);
        boolean looksLikeDatabase = magic.u32() == DatabaseHeader.MAGIC && (bytes[offset + FileType.OFFSET] & 0xFF) == FileType.DATABASE.code();
        if (!Checksum.verifies(bytes, offset, DatabaseHeader.SIZE)) {
            return Optional.empty();
        }
        if (!looksLikeDatabase) {
            throw new JetException(JetError.JET_errFileInvalidType, file, "not a database file (no database magic or file type in its header)");
        }
        try {
            return Optional.of(DatabaseHeader.parse(bytes, offset));
        } catch (ByteReader.FormatException e) {
            return Optional.empty();
        }
    }

    /** Writes both header copies and flushes. */
    public static void writeHeader(Disk disk, Path file, DatabaseHeader header) {
        byte[] h = header.toBytes();
        disk.write(file, 0, h);
        disk.write(file, DatabaseHeader.SIZE, h);
        disk.flush(file);
    }

    private static long offsetOf(int page) {
        return (long) (page + 1) * DatabaseHeader.PAGE_SIZE;
    }

    /** A page, or empty if it was never written. A damaged page is JET_errReadVerifyFailure (-1018). */
    public static Optional<Page> readPage(Disk disk, Path file, int number) {
        byte[] bytes = disk.read(file, offsetOf(number), DatabaseHeader.PAGE_SIZE);
        return parsePage(file, number, bytes);
    }

    private static Optional<Page> parsePage(Path file, int number, byte[] bytes) {
        if (bytes.length == 0 || isZero(bytes)) {
            return Optional.empty();
        }
        if (bytes.length < DatabaseHeader.PAGE_SIZE || !Checksum.verifies(bytes, 0, DatabaseHeader.PAGE_SIZE)) {
            throw new JetException(JetError.JET_errReadVerifyFailure, file, "checksum mismatch on page " + number);
        }
        ByteReader r = new ByteReader(bytes);
        r.u32();
        int stored = r.u32();
        if (stored != number) {
            throw new JetException(JetError.JET_errReadVerifyFailure, file, "page " + number + " holds page number " + stored);
        }
        long dbtime = r.u64();
        int length = r.u16();
        if (length > Page.MAX_DATA) {
            throw new JetException(JetError.JET_errReadVerifyFailure, file, "page " + number + " data length " + length + " is not plausible");
        }
        return Optional.of(new Page(number, dbtime, r.bytes(length)));
    }

    public static void writePage(Disk disk, Path file, Page page) {
        ByteWriter w = new ByteWriter(DatabaseHeader.PAGE_SIZE);
        w.u32(0).u32(page.number()).u64(page.dbtime()).blob(page.data());
        byte[] bytes = w.toByteArray(DatabaseHeader.PAGE_SIZE);
        Checksum.seal(bytes, 0, bytes.length);
        disk.write(file, offsetOf(page.number()), bytes);
    }

    public static void flush(Disk disk, Path file) {
        disk.flush(file);
    }

    /** Every written data page, by number. */
    public static SortedMap<Integer, Page> readPages(Disk disk, Path file) {
        byte[] bytes = disk.read(file);
        SortedMap<Integer, Page> pages = new TreeMap<>();
        for (int n = 1; offsetOf(n) < bytes.length; n++) {
            int at = (int) offsetOf(n);
            int len = Math.min(DatabaseHeader.PAGE_SIZE, bytes.length - at);
            byte[] one = new byte[len];
            System.arraycopy(bytes, at, one, 0, len);
            int number = n;
            parsePage(file, n, one).ifPresent(p -> pages.put(number, p));
        }
        return pages;
    }

    private static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
