package ese.recovery.log;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;

import java.util.List;
import java.util.Objects;

/**
 * The first 4 KiB of every log file, after ESE's LGFILEHDR: generation, the log stream's signature,
 * this log's creation time and the previous generation's, the geometry, the checkpoint at creation,
 * and the databases attached when the generation began. The layout is in docs/file-format.md.
 */
public record LogFileHeader(
        int generation,
        Signature logSignature,
        LogTime created,
        LogTime previousGenerationCreated,
        int sectorSize,
        int headerSectors,
        int fileSectors,
        Lgpos checkpointAtCreation,
        int flags,
        String baseName,
        List<AttachInfo> attachments) {

    public static final int SIZE = 4096;
    public static final String MAGIC = "ESELOG";
    public static final int FORMAT_MAJOR = 1;
    public static final int FORMAT_MINOR = 0;
    public static final int SECTOR_SIZE = 512;
    /** fLGFlags bit: this generation was written in one of the reserve logs (res1.log, res2.log). */
    public static final int FLAG_RESERVED_LOG = 0x01;
    /** fLGFlags bit: circular logging is on. */
    public static final int FLAG_CIRCULAR_LOGGING = 0x02;
    /** The most databases a header lists; a reader takes more as a sign of damage. */
    public static final int MAX_ATTACHMENTS = 16;

    /** A database attached when this generation began: ESE's ATTACHINFO, reduced to what recovery checks. */
    public record AttachInfo(String database, Signature databaseSignature, Lgpos consistentAt) {
    }

    public LogFileHeader {
        Objects.requireNonNull(logSignature);
        Objects.requireNonNull(created);
        Objects.requireNonNull(previousGenerationCreated);
        attachments = List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("a log header lists at most " + MAX_ATTACHMENTS + " databases: " + attachments.size());
        }
    }

    public boolean circularLogging() {
        return (flags & FLAG_CIRCULAR_LOGGING) != 0;
    }

    public boolean reserveLog() {
        return (flags & FLAG_RESERVED_LOG) != 0;
    }

    public long fileBytes() {
        return (long) fileSectors * sectorSize;
    }

    public byte[] toBytes() {
        ByteWriter w = new ByteWriter(SIZE);
        w.u32(0).fixedAscii(MAGIC, 8).u32(FORMAT_MAJOR).u32(FORMAT_MINOR);
        w.u32(generation);
        logSignature.writeTo(w);
        created.writeTo(w);
        previousGenerationCreated.writeTo(w);
        w.u16(sectorSize).u16(headerSectors).u32(fileSectors);
        checkpointAtCreation.writeTo(w);
        w.u32(flags);
        w.fixedAscii(baseName, 4);
        w.at(FileType.OFFSET).u8(FileType.LOG.code());
        w.at(1024).u16(attachments.size());
        for (AttachInfo a : attachments) {
            w.utf8(a.database());
            a.databaseSignature().writeTo(w);
            a.consistentAt().writeTo(w);
        }
        byte[] bytes = w.toByteArray(SIZE);
        Checksum.seal(bytes, 0, SIZE);
        return bytes;
    }

    /** Parses a header whose checksum, magic and file type the caller has already verified. */
    static LogFileHeader parse(byte[] bytes) {
        ByteReader r = new ByteReader(bytes, 0, SIZE);
        r.at(24 - 4);
        int generation = r.u32();
        Signature signature = Signature.readFrom(r);
        LogTime created = LogTime.readFrom(r);
        LogTime previous = LogTime.readFrom(r);
        int sectorSize = r.u16();
        int headerSectors = r.u16();
        int fileSectors = r.u32();
        Lgpos checkpoint = Lgpos.readFrom(r);
        int flags = r.u32();
        String base = r.fixedAscii(4);
        r.at(1024);
        int count = r.u16();
        if (count > MAX_ATTACHMENTS) {
            throw new ByteReader.FormatException("attachment count " + count + " is not plausible");
        }
        List<AttachInfo> attachments = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            attachments.add(new AttachInfo(r.utf8(), Signature.readFrom(r), Lgpos.readFrom(r)));
        }
        return new LogFileHeader(generation, signature, created, previous, sectorSize, headerSectors, fileSectors, checkpoint, flags, base, attachments);
    }
}
