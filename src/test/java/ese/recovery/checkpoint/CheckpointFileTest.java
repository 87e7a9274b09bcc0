package ese.recovery.checkpoint;

import ese.recovery.database.BackupInfo;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.DatabaseState;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileFaults;
import ese.recovery.jet.FileType;
import ese.recovery.jet.JetError;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static ese.recovery.jet.FileFaults.assertJetError;
import static ese.recovery.jet.FileFaults.flipBit;
import static ese.recovery.jet.FileFaults.truncate;
import static org.assertj.core.api.Assertions.assertThat;

/** The checkpoint file: two identical 4 KiB copies (CHECKPOINT_FIXED, written as a shadowed header); -533 only when both are bad. */
class CheckpointFileTest {
    private static final Signature LOG = new Signature(0x5EED1234, LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), "EXCHSRV01");
    private static final Checkpoint CHECKPOINT = new Checkpoint(new Lgpos(0x15, 8, 20), LOG, LogTime.of(Instant.parse("2026-01-05T10:05:00.500Z")),
            new Lgpos(0x10, 8, 0), "priv1.edb");
    private final Disk disk = new NioDisk();
    @TempDir
    Path dir;

    private Path written() {
        Path file = dir.resolve("E00.chk");
        CheckpointFile.write(disk, file, CHECKPOINT);
        return file;
    }

    @Test
    void round_trip() throws Exception {
        Path file = written();
        assertThat(CheckpointFile.read(disk, file)).contains(CHECKPOINT);
        assertThat(Files.size(file)).isEqualTo(2 * 4096);
        Checkpoint moved = CHECKPOINT.at(new Lgpos(0x16, 9, 0), LogTime.of(Instant.parse("2026-01-05T10:06:00Z")));
        CheckpointFile.write(disk, file, moved);
        assertThat(CheckpointFile.read(disk, file)).contains(moved);
        assertThat(moved.generation()).isEqualTo(0x16);
        Checkpoint none = new Checkpoint(Lgpos.MIN, Signature.NONE, LogTime.NONE, Lgpos.MIN, "");
        CheckpointFile.write(disk, file, none);
        assertThat(CheckpointFile.read(disk, file)).contains(none);
    }

    @Test
    void no_file_is_no_checkpoint() {
        assertThat(CheckpointFile.read(disk, dir.resolve("E00.chk"))).isEmpty();
    }

    @Test
    void fixed_offsets_and_two_identical_copies() throws Exception {
        byte[] b = Files.readAllBytes(written());
        assertThat(Arrays.copyOfRange(b, 0, 4096)).isEqualTo(Arrays.copyOfRange(b, 4096, 8192));
        ByteReader r = new ByteReader(b, 0, 4096);
        assertThat(r.at(0).u32()).as("checksum at 0").isEqualTo(Checksum.of(b, 4, 4092));
        assertThat(new String(b, 4, 8, StandardCharsets.US_ASCII)).as("magic at 4").isEqualTo("ESECHK\0\0");
        assertThat(Lgpos.readFrom(r.at(12))).as("checkpoint at 12, as lgposCheckpoint in CHECKPOINT_FIXED").isEqualTo(new Lgpos(0x15, 8, 20));
        assertThat(Signature.readFrom(r.at(20))).as("log signature at 20, as signLog").isEqualTo(LOG);
        assertThat(LogTime.readFrom(r.at(48))).as("time written at 48").isEqualTo(CHECKPOINT.written());
        assertThat(Lgpos.readFrom(r.at(56))).as("last full backup checkpoint at 56").isEqualTo(new Lgpos(0x10, 8, 0));
        assertThat(r.at(64).utf8()).as("database name at 64").isEqualTo("priv1.edb");
        assertThat(r.at(FileType.OFFSET).u32()).as("file type at 667, JET_filetypeCheckpoint").isEqualTo(4);
        assertThat(b[4096 + FileType.OFFSET]).isEqualTo((byte) 4);
    }

    /** Every byte of both copies: a flip in one copy is survived by reading the other. */
    @Test
    void a_flipped_bit_in_one_copy_at_every_offset_reads_the_other_copy() {
        Path file = written();
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset = 0; offset < 2 * 4096; offset++) {
                int bit = offset % 8;
                flips.flip(offset, bit);
                assertThat(CheckpointFile.read(disk, file)).as("flip at byte %d", offset).contains(CHECKPOINT);
                flips.flip(offset, bit);
            }
        }
    }

    /**
     * The same offset flipped in both copies at once: nothing readable is left. Sampled to keep the suite
     * fast: every byte of the fields written (0 to 74) and of the file type (667 to 671), every 7th byte elsewhere.
     */
    @Test
    void a_flipped_bit_in_both_copies_is_a_corrupt_checkpoint() {
        Path file = written();
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset : FileFaults.sampled(4096, new int[] {0, 74}, new int[] {FileType.OFFSET, FileType.OFFSET + 4})) {
                int bit = offset % 8;
                flips.flip(offset, bit);
                flips.flip(4096 + offset, (bit + 3) % 8);
                assertJetError(JetError.JET_errCheckpointCorrupt, file, () -> CheckpointFile.read(disk, file));
                flips.flip(offset, bit);
                flips.flip(4096 + offset, (bit + 3) % 8);
            }
        }
        assertThat(CheckpointFile.read(disk, file)).contains(CHECKPOINT);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 667, 4095})
    void a_checkpoint_shorter_than_one_copy_is_corrupt(int size) {
        Path file = written();
        truncate(file, size);
        assertJetError(JetError.JET_errCheckpointCorrupt, file, () -> CheckpointFile.read(disk, file));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {4096, 4097, 8191})
    void a_checkpoint_cut_inside_the_shadow_copy_reads_the_primary(int size) {
        Path file = written();
        truncate(file, size);
        assertThat(CheckpointFile.read(disk, file)).contains(CHECKPOINT);
        flipBit(file, 100, 1);
        assertJetError(JetError.JET_errCheckpointCorrupt, file, () -> CheckpointFile.read(disk, file))
                .hasMessageContaining(size + " bytes");
    }

    @Test
    void a_log_passed_as_a_checkpoint_is_a_file_of_another_type() {
        Path file = dir.resolve("E00.chk");
        LogWriter.create(disk, file, new LogFileHeader(1, LOG, LogTime.NONE, LogTime.NONE, 512, 8, 32, Lgpos.MIN, 0, "E00", List.of()));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> CheckpointFile.read(disk, file));
    }

    @Test
    void a_database_passed_as_a_checkpoint_is_a_file_of_another_type() {
        Path file = dir.resolve("E00.chk");
        DatabaseFile.create(disk, file, new DatabaseHeader(LOG, DatabaseState.CLEAN_SHUTDOWN, 7, Lgpos.MIN, LogTime.NONE,
                Lgpos.MIN, LogTime.NONE, LOG, 0, 0, LogTime.NONE, BackupInfo.NONE, BackupInfo.NONE));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> CheckpointFile.read(disk, file));
    }

    @Test
    void a_well_checksummed_copy_with_another_file_type_is_a_file_of_another_type() throws Exception {
        Path file = written();
        byte[] b = Files.readAllBytes(file);
        b[FileType.OFFSET] = (byte) FileType.LOG.code();
        Checksum.seal(b, 0, 4096);
        Files.write(file, b);
        assertJetError(JetError.JET_errFileInvalidType, file, () -> CheckpointFile.read(disk, file));
    }

    @Test
    void a_checksummed_copy_that_does_not_parse_is_skipped_for_the_other() throws Exception {
        Path file = written();
        byte[] b = Files.readAllBytes(file);
        b[52] = 13; // month 13 in the time written
        Checksum.seal(b, 0, 4096);
        Files.write(file, b);
        assertThat(CheckpointFile.read(disk, file)).contains(CHECKPOINT);
        b[4096 + 52] = 13;
        Checksum.seal(b, 4096, 4096);
        Files.write(file, b);
        assertJetError(JetError.JET_errCheckpointCorrupt, file, () -> CheckpointFile.read(disk, file));
    }

    @Test
    void zeros_are_a_corrupt_checkpoint() throws Exception {
        Path file = dir.resolve("E00.chk");
        Files.write(file, new byte[8192]);
        assertJetError(JetError.JET_errCheckpointCorrupt, file, () -> CheckpointFile.read(disk, file));
    }
}
