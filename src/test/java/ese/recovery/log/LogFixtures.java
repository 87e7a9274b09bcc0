package ese.recovery.log;

import ese.recovery.jet.Checksum;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Headers and records for the log format tests. */
final class LogFixtures {
    static final LogTime CREATED = LogTime.of(Instant.parse("2026-01-05T10:00:15.250Z"));
    static final LogTime PREVIOUS = LogTime.of(Instant.parse("2026-01-05T10:00:14Z"));
    static final Signature LOG_SIGNATURE = new Signature(0x5EED1234, LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), "EXCHSRV01");
    static final Signature DB_SIGNATURE = new Signature(0x0DB51617, LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), "EXCHSRV01");
    /** A small log: 16 KiB, the 4 KiB header and 24 sectors of records. */
    static final int FILE_SECTORS = 32;

    private LogFixtures() {
    }

    static LogFileHeader header(int generation) {
        return new LogFileHeader(generation, LOG_SIGNATURE, CREATED, PREVIOUS, LogFileHeader.SECTOR_SIZE, LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE,
                FILE_SECTORS, new Lgpos(generation - 1, 9, 20), LogFileHeader.FLAG_CIRCULAR_LOGGING, "E00",
                List.of(new LogFileHeader.AttachInfo("priv1.edb", DB_SIGNATURE, new Lgpos(generation - 1, 8, 0))));
    }

    static byte[] image(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    /** One record of every type. */
    static List<LogRecord> everyType() {
        return List.of(
                new LogRecord.Attach("priv1.edb", DB_SIGNATURE, new Lgpos(0x14, 8, 0)),
                new LogRecord.Begin(1),
                new LogRecord.PageWrite(1, 3, 40, 41, new byte[0], image(100, 1)),
                new LogRecord.Commit(1),
                new LogRecord.Begin(2),
                new LogRecord.PageWrite(2, 3, 41, 42, image(100, 1), image(120, 2)),
                new LogRecord.Undo(2, 3, 42, 43, image(100, 1)),
                new LogRecord.Rollback(2),
                new LogRecord.Term(),
                new LogRecord.RecoveryQuit());
    }

    /** Changes the header of {@code file} and seals it again with a good checksum, as a different but well-formed file would be. */
    static void resealHeader(Path file, Consumer<byte[]> change) {
        try {
            byte[] all = Files.readAllBytes(file);
            change.accept(all);
            Checksum.seal(all, 0, LogFileHeader.SIZE);
            Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
