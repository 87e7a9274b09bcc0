package ese.recovery.log;

import ese.recovery.io.Disk;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends blocks of records to one log file. The file is created at its full size (header, then
 * zeros), as ESE pre-formats its logs; each append is one checksummed block written then flushed.
 */
public final class LogWriter {
    private final Disk disk;
    private Path file;
    private final LogFileHeader header;
    private int nextSector;

    private LogWriter(Disk disk, Path file, LogFileHeader header, int nextSector) {
        this.disk = disk;
        this.file = file;
        this.header = header;
        this.nextSector = nextSector;
    }

    /** Creates the file, header and zero-filled body, and flushes it. */
    public static LogWriter create(Disk disk, Path file, LogFileHeader header) {
        byte[] bytes = new byte[Math.toIntExact(header.fileBytes())];
        System.arraycopy(header.toBytes(), 0, bytes, 0, LogFileHeader.SIZE);
        disk.create(file, bytes);
        disk.flush(file);
        return new LogWriter(disk, file, header, header.headerSectors());
    }

    /**
     * Formats an existing file of the log's size in place (a reserve log renamed to {@code E00tmp.log}):
     * header, then zeros; flushes it. Needs no new space on the disk.
     */
    public static LogWriter format(Disk disk, Path file, LogFileHeader header) {
        if (disk.size(file) != header.fileBytes()) {
            throw new IllegalStateException(file.getFileName() + " has " + disk.size(file) + " bytes, a log has " + header.fileBytes());
        }
        byte[] bytes = new byte[Math.toIntExact(header.fileBytes())];
        System.arraycopy(header.toBytes(), 0, bytes, 0, LogFileHeader.SIZE);
        disk.write(file, 0, bytes);
        disk.flush(file);
        return new LogWriter(disk, file, header, header.headerSectors());
    }

    /** Continues an existing log after its last readable block (the end a {@link LogFile#scan} found). */
    public static LogWriter resume(Disk disk, Path file, LogFile.Scan scan) {
        return new LogWriter(disk, file, scan.header(), scan.nextFreeSector());
    }

    public LogFileHeader header() {
        return header;
    }

    public Path file() {
        return file;
    }

    /** Follows the file after a rename ({@code E00tmp.log} becoming {@code E00.log}, {@code E00.log} becoming {@code E0000015.log}). */
    public void renamedTo(Path newFile) {
        this.file = newFile;
    }

    /** Where the next record would go. */
    public Lgpos end() {
        return new Lgpos(header.generation(), nextSector, 0);
    }

    /** Bytes of records a single block could still take. */
    public int freeBytes() {
        return Math.max(0, (header.fileSectors() - nextSector) * header.sectorSize() - LogFile.BLOCK_HEADER);
    }

    /** The largest payload one block can take in an empty log of this size. */
    public static int capacity(int fileSectors) {
        return (fileSectors - LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE) * LogFileHeader.SECTOR_SIZE - LogFile.BLOCK_HEADER;
    }

    /**
     * Writes the records as one block and flushes it; returns each record's position.
     * The caller checks {@link #freeBytes()} first; records that do not fit are JET_errLogBufferTooSmall.
     */
    public List<Lgpos> append(List<LogRecord> records) {
        ByteWriter payload = new ByteWriter(256);
        List<Integer> offsets = new ArrayList<>();
        for (LogRecord r : records) {
            offsets.add(payload.position());
            r.writeTo(payload);
        }
        if (payload.position() > freeBytes()) {
            throw new JetException(JetError.JET_errLogBufferTooSmall, file,
                    payload.position() + " bytes of records do not fit in the " + freeBytes() + " bytes left in the log");
        }
        int sectorSize = header.sectorSize();
        int extent = LogFile.BLOCK_HEADER + payload.position();
        int sectors = (extent + sectorSize - 1) / sectorSize;
        ByteWriter block = new ByteWriter(sectors * sectorSize);
        block.u32(LogFile.BLOCK_MAGIC).u32(0).u32(header.generation()).u16(nextSector).u16(records.size()).u32(payload.position());
        block.bytes(payload.toByteArray());
        byte[] bytes = block.toByteArray(sectors * sectorSize);
        int checksum = Checksum.of(bytes, 8, extent - 8);
        bytes[4] = (byte) checksum;
        bytes[5] = (byte) (checksum >>> 8);
        bytes[6] = (byte) (checksum >>> 16);
        bytes[7] = (byte) (checksum >>> 24);
        long at = (long) nextSector * sectorSize;
        disk.write(file, at, bytes);
        disk.flush(file);
        List<Lgpos> positions = new ArrayList<>();
        for (int off : offsets) {
            long abs = at + LogFile.BLOCK_HEADER + off;
            positions.add(new Lgpos(header.generation(), (int) (abs / sectorSize), (int) (abs % sectorSize)));
        }
        nextSector += sectors;
        return positions;
    }
}
