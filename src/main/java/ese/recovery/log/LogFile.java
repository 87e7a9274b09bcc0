package ese.recovery.log;

import ese.recovery.io.Disk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading one log file: its header (verified: size, checksum, magic, file type, version) and its
 * blocks of records, each verified by its checksum, generation and position, in the way ESE verifies
 * LRCHECKSUM ranges. Reading never changes a byte.
 */
public final class LogFile {
    public static final int BLOCK_MAGIC = 0x4B43524C; // "LRCK"
    public static final int BLOCK_HEADER = 20;

    private LogFile() {
    }

    /** The verified header of a log file. */
    public static LogFileHeader readHeader(Disk disk, Path file) {
        if (!disk.exists(file)) {
            throw new JetException(JetError.JET_errMissingLogFile, file, "log file not found");
        }
        byte[] bytes = disk.read(file, 0, LogFileHeader.SIZE);
        return parseHeader(file, bytes, disk.size(file));
    }

    static LogFileHeader parseHeader(Path file, byte[] bytes, long fileSize) {
        if (bytes.length < LogFileHeader.SIZE) {
            throw new JetException(JetError.JET_errLogFileCorrupt, file,
                    "log header truncated: the file has " + fileSize + " bytes, a log header has " + LogFileHeader.SIZE);
        }
        String magic = new String(bytes, 4, 6, StandardCharsets.US_ASCII);
        if (!magic.equals(LogFileHeader.MAGIC) || (bytes[FileType.OFFSET] & 0xFF) != FileType.LOG.code()) {
            if (!Checksum.verifies(bytes, 0, LogFileHeader.SIZE)) {
                throw new JetException(JetError.JET_errLogFileCorrupt, file, "log header checksum mismatch");
            }
            throw new JetException(JetError.JET_errFileInvalidType, file, "not a log file (no log magic or file type in its header)");
        }
        if (!Checksum.verifies(bytes, 0, LogFileHeader.SIZE)) {
            throw new JetException(JetError.JET_errLogFileCorrupt, file, "log header checksum mismatch");
        }
        ByteReader r = new ByteReader(bytes, 12, 8);
        int major = r.u32();
        int minor = r.u32();
        if (major != LogFileHeader.FORMAT_MAJOR) {
            throw new JetException(JetError.JET_errBadLogVersion, file, "log format version " + major + "." + minor + " is not supported");
        }
        LogFileHeader header;
        try {
            header = LogFileHeader.parse(bytes);
        } catch (ByteReader.FormatException e) {
            throw new JetException(JetError.JET_errLogFileCorrupt, file, "log header malformed: " + e.getMessage());
        }
        if (header.sectorSize() != LogFileHeader.SECTOR_SIZE || header.headerSectors() * header.sectorSize() != LogFileHeader.SIZE
                || header.fileSectors() <= header.headerSectors() || header.generation() < 1) {
            throw new JetException(JetError.JET_errLogFileCorrupt, file, "log header geometry is not plausible");
        }
        if (fileSize != header.fileBytes()) {
            throw new JetException(JetError.JET_errLogFileSizeMismatch, file,
                    "the file has " + fileSize + " bytes, its header says " + header.fileBytes());
        }
        return header;
    }

    /** The header and every readable record of a log, with where and why reading stopped if it did. */
    public record Scan(LogFileHeader header, List<PositionedRecord> records, Optional<LogDamage> damage, int nextFreeSector) {
        public Lgpos end() {
            return new Lgpos(header.generation(), nextFreeSector, 0);
        }
    }

    /**
     * Receives a log's records, read in place ({@link InPlace#forEachRecord}): first the verified header,
     * then each record of each verified block, in order.
     */
    public interface Visitor {
        default void header(LogFileHeader header) {
        }

        /** One record; {@code record} is reused for the next one and reads the log's buffer: copy what must outlive the call. */
        void record(RecordView record);
    }

    /**
     * A log read and verified as {@link #scan(Disk, Path)} does (the same checks, the same damage, the
     * same end), with its records checked where they lie and not decoded: {@link #forEachRecord} hands
     * them over, as many times as asked. {@link #scan()} is the outcome, with no records kept.
     */
    public static final class InPlace {
        private final Scan scan;
        private final byte[] bytes;
        private final int[] starts;
        private final int count;

        private InPlace(Scan scan, byte[] bytes, int[] starts, int count) {
            this.scan = scan;
            this.bytes = bytes;
            this.starts = starts;
            this.count = count;
        }

        /** The header, the damage and the end, as {@link LogFile#scan(Disk, Path)} finds them; its list of records is empty. */
        public Scan scan() {
            return scan;
        }

        /** The header to {@code visitor}, then every record of the verified blocks, in order. */
        public void forEachRecord(Visitor visitor) {
            visitor.header(scan.header());
            RecordView view = new RecordView(bytes, scan.header().generation(), scan.header().sectorSize());
            for (int i = 0; i < count; i++) {
                view.at(starts[i]);
                visitor.record(view);
            }
        }
    }

    public static Scan scan(Disk disk, Path file) {
        if (!disk.exists(file)) {
            throw new JetException(JetError.JET_errMissingLogFile, file, "log file not found");
        }
        byte[] bytes = disk.read(file);
        LogFileHeader header = parseHeader(file, bytes, bytes.length);
        return scan(header, bytes);
    }

    /**
     * Reads and verifies the whole log as {@link #scan(Disk, Path)} does, with the same outcome, but
     * without decoding its records into objects: redo reads them from the log's buffer.
     */
    public static InPlace scanInPlace(Disk disk, Path file) {
        if (!disk.exists(file)) {
            throw new JetException(JetError.JET_errMissingLogFile, file, "log file not found");
        }
        byte[] bytes = disk.read(file);
        LogFileHeader header = parseHeader(file, bytes, bytes.length);
        Verified verified = new Verified(header);
        Scan walked = walk(header, bytes, verified);
        return new InPlace(walked, bytes, verified.starts, verified.count);
    }

    static Scan scan(LogFileHeader header, byte[] bytes) {
        Decoded decoded = new Decoded(header.generation(), header.sectorSize());
        Scan walked = walk(header, bytes, decoded);
        return new Scan(header, decoded.records, walked.damage(), walked.nextFreeSector());
    }

    /** What is done with each verified block's records: decoding them, or giving them to a visitor. */
    private interface Blocks {
        /** Reads the {@code count} records of the payload; a FormatException means the block is malformed (none of it is kept). */
        void block(byte[] bytes, int payload, int length, int count);
    }

    /** Decodes every record into a {@link LogRecord}, keeping them with their positions. */
    private static final class Decoded implements Blocks {
        private final int generation;
        private final int sectorSize;
        final List<PositionedRecord> records = new ArrayList<>();

        Decoded(int generation, int sectorSize) {
            this.generation = generation;
            this.sectorSize = sectorSize;
        }

        @Override
        public void block(byte[] bytes, int payload, int length, int count) {
            List<PositionedRecord> block = decode(bytes, payload, length, count, generation, sectorSize);
            records.addAll(block);
        }
    }

    /** The records of a block, decoded; a FormatException if they are malformed. */
    private static List<PositionedRecord> decode(byte[] bytes, int payload, int length, int count, int generation, int sectorSize) {
        List<PositionedRecord> block = new ArrayList<>(count);
        ByteReader r = new ByteReader(bytes, payload, length);
        for (int i = 0; i < count; i++) {
            int abs = r.position();
            block.add(new PositionedRecord(new Lgpos(generation, abs / sectorSize, abs % sectorSize), LogRecord.readFrom(r)));
        }
        if (r.remaining() != 0) {
            throw new ByteReader.FormatException(r.remaining() + " bytes after the last record");
        }
        return block;
    }

    /**
     * Verifies a block's records where they are (the same checks {@link LogRecord#readFrom} makes, without
     * building them) and keeps where each starts. When the checks fail, the records are decoded as
     * {@link #scan(Disk, Path)} decodes them, so that the block is reported damaged with the same reason.
     */
    private static final class Verified implements Blocks {
        private final LogFileHeader header;
        int[] starts = new int[256];
        int count;

        Verified(LogFileHeader header) {
            this.header = header;
        }

        @Override
        public void block(byte[] bytes, int payload, int length, int count) {
            if (starts.length < this.count + count) {
                starts = Arrays.copyOf(starts, Math.max(this.count + count, starts.length * 2));
            }
            if (!RecordView.verify(bytes, payload, length, count, starts, this.count)) {
                decode(bytes, payload, length, count, header.generation(), header.sectorSize());
                throw new IllegalStateException("the records of the block at " + payload + " of generation " + header.generation()
                        + " failed the checks in place, yet decode");
            }
            this.count += count;
        }
    }

    /** Walks the blocks from the first sector after the header: verifies each and hands its records to {@code blocks}. */
    private static Scan walk(LogFileHeader header, byte[] bytes, Blocks blocks) {
        int sectorSize = header.sectorSize();
        int gen = header.generation();
        List<PositionedRecord> records = List.of();
        int sector = header.headerSectors();
        while (sector < header.fileSectors()) {
            int at = sector * sectorSize;
            if (isZero(bytes, at, sectorSize)) {
                int stray = firstNonZeroSector(bytes, at, sectorSize);
                if (stray >= 0) {
                    return new Scan(header, records, Optional.of(new LogDamage(gen, stray, "data after the end of the log records", false)), sector);
                }
                return new Scan(header, records, Optional.empty(), sector);
            }
            ByteReader r = new ByteReader(bytes, at, bytes.length - at);
            int magic = r.u32();
            if (magic != BLOCK_MAGIC || bytes.length - at < BLOCK_HEADER) {
                return damaged(header, records, bytes, sector, 1, "not a log block");
            }
            r.u32();
            int blockGen = r.u32();
            int blockSector = r.u16();
            int count = r.u16();
            long length = Integer.toUnsignedLong(r.u32());
            long extent = BLOCK_HEADER + length;
            if (extent > (long) (header.fileSectors() - sector) * sectorSize) {
                return damaged(header, records, bytes, sector, 1, "block length " + length + " runs past the end of the log");
            }
            int sectors = (int) ((extent + sectorSize - 1) / sectorSize);
            int stored = Checksum.stored(bytes, at + 4);
            if (stored != Checksum.of(bytes, at + 8, (int) extent - 8)) {
                return damaged(header, records, bytes, sector, sectors, "checksum mismatch");
            }
            if (blockGen != gen || blockSector != sector) {
                return damaged(header, records, bytes, sector, sectors,
                        String.format("block belongs at (0x%X,%d), not here", blockGen, blockSector));
            }
            if (!isZero(bytes, at + (int) extent, sectors * sectorSize - (int) extent)) {
                // the checksum covers the records only; the rest of the block's last sector is written as zeros
                return damaged(header, records, bytes, sector, sectors, "bytes after the block's records are not zero");
            }
            try {
                blocks.block(bytes, at + BLOCK_HEADER, (int) length, count);
            } catch (ByteReader.FormatException e) {
                return damaged(header, records, bytes, sector, sectors, "malformed records: " + e.getMessage());
            }
            sector += sectors;
        }
        return new Scan(header, records, Optional.empty(), sector);
    }

    private static Scan damaged(LogFileHeader header, List<PositionedRecord> records, byte[] bytes, int sector, int sectors, String reason) {
        int after = (sector + sectors) * header.sectorSize();
        boolean tailOnly = after >= bytes.length || firstNonZeroSector(bytes, after, header.sectorSize()) < 0;
        return new Scan(header, records, Optional.of(new LogDamage(header.generation(), sector, reason, tailOnly)), sector);
    }

    /** Zeros to compare with, a sector at a time (Arrays.mismatch compares many bytes per step). */
    private static final byte[] ZEROS = new byte[LogFileHeader.SECTOR_SIZE];

    private static boolean isZero(byte[] bytes, int from, int length) {
        return firstNonZero(bytes, from, Math.min(bytes.length, from + length)) < 0;
    }

    private static int firstNonZeroSector(byte[] bytes, int from, int sectorSize) {
        int i = firstNonZero(bytes, from, bytes.length);
        return i < 0 ? -1 : i / sectorSize;
    }

    /** The offset of the first byte in [from, to) that is not zero, or -1. */
    private static int firstNonZero(byte[] bytes, int from, int to) {
        for (int at = from; at < to; at += ZEROS.length) {
            int n = Math.min(ZEROS.length, to - at);
            int m = Arrays.mismatch(bytes, at, at + n, ZEROS, 0, n);
            if (m >= 0) {
                return at + m;
            }
        }
        return -1;
    }
}
