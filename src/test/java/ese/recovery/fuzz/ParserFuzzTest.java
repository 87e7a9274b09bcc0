package ese.recovery.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ese.recovery.backup.PatchFile;
import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.dump.FileDump;
import ese.recovery.engine.RestoreEnvironmentFile;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Every parser of the model fed bad bytes: the answer is the parsed value or a {@link JetException}
 * (a JET error with the file and a one-line reason), never another exception, a hang or running out of
 * memory. Each target reads the input as it is and, so that the fuzzer gets past the checksums, once
 * more with its checksums sealed. The committed corpus (src/test/resources/ese/recovery/fuzz/
 * ParserFuzzTestInputs/) is replayed in every build; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class ParserFuzzTest {
    private static final Path FOLDER = Path.of("mdbdata");

    @FuzzTest(maxDuration = "60s")
    void logFile(byte[] data) {
        Path log = FOLDER.resolve("E00.log");
        parse(() -> LogFile.scan(new MemoryDisk().with(log, data), log));
        byte[] sealed = sealedHeader(data);
        MemoryDisk disk = new MemoryDisk().with(log, sealed);
        parse(() -> LogFile.readHeader(disk, log));
        parse(() -> LogFile.scan(disk, log));
        parse(() -> FileDump.log(disk, log));
    }

    /** Log blocks: the input is a block's payload and record count, sealed into a well-formed log. */
    @FuzzTest(maxDuration = "60s")
    void logBlocks(byte[] data) {
        Path log = FOLDER.resolve("E00.log");
        byte[] file = SeedFiles.logWithBlock(data);
        parse(() -> LogFile.scan(new MemoryDisk().with(log, file), log));
    }

    @FuzzTest(maxDuration = "60s")
    void checkpoint(byte[] data) {
        Path chk = FOLDER.resolve("E00.chk");
        parse(() -> CheckpointFile.read(new MemoryDisk().with(chk, data), chk));
        byte[] sealed = Arrays.copyOf(data, Math.max(data.length, Checkpoint.SIZE));
        Checksum.seal(sealed, 0, Checkpoint.SIZE);
        MemoryDisk disk = new MemoryDisk().with(chk, sealed);
        parse(() -> CheckpointFile.read(disk, chk));
        parse(() -> FileDump.checkpoint(disk, chk));
    }

    @FuzzTest(maxDuration = "60s")
    void databaseHeader(byte[] data) {
        Path edb = FOLDER.resolve("priv1.edb");
        parse(() -> DatabaseFile.readHeaderCopies(new MemoryDisk().with(edb, data), edb));
        byte[] sealed = Arrays.copyOf(data, Math.max(data.length, DatabaseHeader.SIZE));
        Checksum.seal(sealed, 0, DatabaseHeader.SIZE);
        MemoryDisk disk = new MemoryDisk().with(edb, sealed);
        parse(() -> DatabaseFile.readHeaderCopies(disk, edb));
        parse(() -> DatabaseFile.readPages(disk, edb));
        parse(() -> FileDump.databaseHeader(disk, edb));
    }

    @FuzzTest(maxDuration = "60s")
    void patchFile(byte[] data) {
        Path pat = FOLDER.resolve("priv1.pat");
        parse(() -> PatchFile.read(new MemoryDisk().with(pat, data), pat));
        byte[] sealed = Arrays.copyOf(data, Math.max(data.length, 4096));
        Checksum.seal(sealed, 0, 4096);
        parse(() -> PatchFile.read(new MemoryDisk().with(pat, sealed), pat));
    }

    @FuzzTest(maxDuration = "60s")
    void restoreEnvironment(byte[] data) {
        Path env = FOLDER.resolve(RestoreEnvironmentFile.NAME);
        parse(() -> RestoreEnvironmentFile.read(new MemoryDisk().with(env, data), FOLDER));
        byte[] sealed = Arrays.copyOf(data, 4096);
        Checksum.seal(sealed, 0, 4096);
        parse(() -> RestoreEnvironmentFile.read(new MemoryDisk().with(env, sealed), FOLDER));
    }

    private static byte[] sealedHeader(byte[] data) {
        byte[] sealed = Arrays.copyOf(data, Math.max(data.length, LogFileHeader.SIZE));
        Checksum.seal(sealed, 0, LogFileHeader.SIZE);
        return sealed;
    }

    /** A parse may succeed or fail with a JET error; anything else escapes and is a finding. */
    private static void parse(Runnable parser) {
        try {
            parser.run();
        } catch (JetException e) {
            if (e.error() == null || e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a JET error without its error or its reason", e);
            }
        }
    }
}
