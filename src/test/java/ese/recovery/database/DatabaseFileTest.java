package ese.recovery.database;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
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

/** The database file: header (DBFILEHDR) and its shadow copy in the first 8 KiB, then checksummed 4 KiB pages. */
class DatabaseFileTest {
    private static LogTime at(String instant) {
        return LogTime.of(Instant.parse(instant));
    }

    private static final Signature DB = new Signature(0x0DB51617, at("2026-01-05T10:00:00Z"), "EXCHSRV01");
    private static final Signature LOG = new Signature(0x5EED1234, at("2026-01-05T10:00:00Z"), "EXCHSRV01");
    private static final DatabaseHeader HEADER = new DatabaseHeader(DB, DatabaseState.DIRTY_SHUTDOWN, 0x1234_5678_9AL,
            new Lgpos(0x10, 8, 20), at("2026-01-05T10:01:00Z"), new Lgpos(0x11, 9, 40), at("2026-01-05T10:02:00.250Z"), LOG,
            0x14, 0x1A, at("2026-01-05T10:03:00Z"),
            new BackupInfo(new Lgpos(0x0C, 8, 0), at("2026-01-04T22:00:00Z"), 0x0A, 0x0C),
            new BackupInfo(new Lgpos(0x13, 8, 0), at("2026-01-05T09:00:00Z"), 0x13, 0));
    private final Disk disk = new NioDisk();
    @TempDir
    Path dir;

    private Path created() {
        Path file = dir.resolve("priv1.edb");
        DatabaseFile.create(disk, file, HEADER);
        return file;
    }

    @Test
    void header_round_trip() throws Exception {
        Path file = created();
        assertThat(DatabaseFile.readHeaderCopies(disk, file)).isEqualTo(new DatabaseFile.HeaderRead(HEADER, false));
        assertThat(Files.size(file)).isEqualTo(2 * 4096);
        DatabaseHeader clean = HEADER.consistent(new Lgpos(0x1A, 10, 0), at("2026-01-05T11:00:00Z")).withDbtime(99);
        DatabaseFile.writeHeader(disk, file, clean);
        assertThat(DatabaseFile.readHeader(disk, file)).isEqualTo(clean);
        assertThat(clean.logRequired()).isEqualTo("0-0 (0x0-0x0)");
        assertThat(HEADER.logRequired()).isEqualTo("20-26 (0x14-0x1A)");
        for (DatabaseState s : DatabaseState.values()) {
            DatabaseFile.writeHeader(disk, file, HEADER.withState(s).withBackups(BackupInfo.NONE, BackupInfo.NONE));
            assertThat(DatabaseFile.readHeader(disk, file).state()).isEqualTo(s);
        }
    }

    @Test
    void fixed_offsets_of_the_header_fields() throws Exception {
        byte[] b = Files.readAllBytes(created());
        assertThat(Arrays.copyOfRange(b, 0, 4096)).as("the shadow copy is identical").isEqualTo(Arrays.copyOfRange(b, 4096, 8192));
        ByteReader r = new ByteReader(b, 0, 4096);
        assertThat(r.at(0).u32()).as("checksum at 0").isEqualTo(Checksum.of(b, 4, 4092));
        assertThat(r.at(4).u32()).as("magic at 4, ESE's ulDAEMagic").isEqualTo(0x89ABCDEF);
        assertThat(r.at(8).u32()).as("format version at 8").isEqualTo(DatabaseHeader.FORMAT_VERSION);
        assertThat(r.at(12).u32()).as("page size at 12").isEqualTo(4096);
        assertThat(Signature.readFrom(r.at(16))).as("database signature at 16").isEqualTo(DB);
        assertThat(r.at(44).u32()).as("state at 44, JET_dbstateDirtyShutdown").isEqualTo(2);
        assertThat(r.at(48).u64()).as("dbtime at 48").isEqualTo(0x1234_5678_9AL);
        assertThat(Lgpos.readFrom(r.at(56))).as("last consistent at 56").isEqualTo(new Lgpos(0x10, 8, 20));
        assertThat(LogTime.readFrom(r.at(64))).isEqualTo(at("2026-01-05T10:01:00Z"));
        assertThat(Lgpos.readFrom(r.at(72))).as("last attach at 72").isEqualTo(new Lgpos(0x11, 9, 40));
        assertThat(LogTime.readFrom(r.at(80))).isEqualTo(at("2026-01-05T10:02:00.250Z"));
        assertThat(Signature.readFrom(r.at(88))).as("log signature at 88").isEqualTo(LOG);
        assertThat(r.at(116).u32()).as("Log Required low at 116").isEqualTo(0x14);
        assertThat(r.at(120).u32()).as("Log Required high at 120").isEqualTo(0x1A);
        assertThat(LogTime.readFrom(r.at(124))).as("creation time of the highest required log at 124").isEqualTo(at("2026-01-05T10:03:00Z"));
        assertThat(r.at(132).bytes(24)).as("previous full backup at 132").isNotEqualTo(new byte[24]);
        assertThat(Lgpos.readFrom(r.at(156))).as("current full backup at 156").isEqualTo(new Lgpos(0x13, 8, 0));
        assertThat(r.at(180).bytes(FileType.OFFSET - 180)).containsOnly(0);
        assertThat(r.at(FileType.OFFSET).u32()).as("file type at 667, JET_filetypeDatabase").isEqualTo(1);
        assertThat(r.bytes(4096 - 671)).containsOnly(0);
    }

    /** Every byte of the primary copy: the shadow copy is read instead. */
    @Test
    void a_flipped_bit_at_every_offset_of_the_primary_reads_the_shadow() {
        Path file = created();
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset = 0; offset < 4096; offset++) {
                int bit = offset % 8;
                flips.flip(offset, bit);
                assertThat(DatabaseFile.readHeaderCopies(disk, file)).as("flip at byte %d", offset).isEqualTo(new DatabaseFile.HeaderRead(HEADER, true));
                flips.flip(offset, bit);
            }
        }
    }

    /** Every byte of the shadow copy: the primary is still read, and the shadow is not consulted. */
    @Test
    void a_flipped_bit_at_every_offset_of_the_shadow_keeps_the_primary() {
        Path file = created();
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset = 4096; offset < 8192; offset++) {
                int bit = offset % 8;
                flips.flip(offset, bit);
                assertThat(DatabaseFile.readHeaderCopies(disk, file)).as("flip at byte %d", offset).isEqualTo(new DatabaseFile.HeaderRead(HEADER, false));
                flips.flip(offset, bit);
            }
        }
    }

    /**
     * The same offset flipped in both copies: the database is corrupted. Sampled to keep the suite fast:
     * every byte of the fields written (0 to 180) and of the file type (667 to 671), every 7th byte elsewhere.
     */
    @Test
    void a_flipped_bit_in_both_copies_is_a_corrupted_database() {
        Path file = created();
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset : FileFaults.sampled(4096, new int[] {0, 180}, new int[] {FileType.OFFSET, FileType.OFFSET + 4})) {
                int bit = offset % 8;
                flips.flip(offset, bit);
                flips.flip(4096 + offset, (bit + 5) % 8);
                assertJetError(JetError.JET_errDatabaseCorrupted, file, () -> DatabaseFile.readHeader(disk, file));
                flips.flip(offset, bit);
                flips.flip(4096 + offset, (bit + 5) % 8);
            }
        }
        assertThat(DatabaseFile.readHeader(disk, file)).isEqualTo(HEADER);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 667, 4095})
    void a_database_shorter_than_its_header_is_corrupted(int size) {
        Path file = created();
        truncate(file, size);
        assertJetError(JetError.JET_errDatabaseCorrupted, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {4096, 6000, 8191})
    void a_database_cut_inside_the_shadow_header_reads_the_primary_but_needs_it(int size) {
        Path file = created();
        truncate(file, size);
        assertThat(DatabaseFile.readHeader(disk, file)).isEqualTo(HEADER);
        flipBit(file, 200, 6);
        assertJetError(JetError.JET_errDatabaseCorrupted, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @Test
    void a_log_passed_as_a_database_is_a_file_of_another_type() {
        Path file = dir.resolve("priv1.edb");
        LogWriter.create(disk, file, new LogFileHeader(1, LOG, LogTime.NONE, LogTime.NONE, 512, 8, 32, Lgpos.MIN, 0, "E00", List.of()));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @Test
    void a_checkpoint_passed_as_a_database_is_a_file_of_another_type() {
        Path file = dir.resolve("priv1.edb");
        CheckpointFile.write(disk, file, new Checkpoint(new Lgpos(1, 8, 0), LOG, LogTime.NONE, Lgpos.MIN, "priv1.edb"));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @Test
    void a_well_checksummed_header_with_another_magic_or_file_type_is_a_file_of_another_type() throws Exception {
        Path file = created();
        byte[] good = Files.readAllBytes(file);
        for (int offset : new int[] {4, FileType.OFFSET}) {
            byte[] b = good.clone();
            b[offset] ^= 0x04;
            Checksum.seal(b, 0, 4096);
            Files.write(file, b);
            assertJetError(JetError.JET_errFileInvalidType, file, () -> DatabaseFile.readHeader(disk, file));
        }
    }

    @Test
    void a_missing_database_is_file_not_found() {
        Path file = dir.resolve("priv1.edb");
        assertJetError(JetError.JET_errFileNotFound, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @Test
    void zeros_are_a_corrupted_database() throws Exception {
        Path file = dir.resolve("priv1.edb");
        Files.write(file, new byte[8192]);
        assertJetError(JetError.JET_errDatabaseCorrupted, file, () -> DatabaseFile.readHeader(disk, file));
    }

    @Test
    void pages_round_trip_after_the_two_header_copies() throws Exception {
        Path file = created();
        Page one = new Page(1, 41, "transaction 1 of generation 0x15".getBytes(StandardCharsets.UTF_8));
        Page three = new Page(3, 43, new byte[Page.MAX_DATA]);
        DatabaseFile.writePage(disk, file, one);
        DatabaseFile.writePage(disk, file, three);
        DatabaseFile.flush(disk, file);
        assertThat(DatabaseFile.readPage(disk, file, 1)).contains(one);
        assertThat(DatabaseFile.readPage(disk, file, 2)).as("never written").isEmpty();
        assertThat(DatabaseFile.readPage(disk, file, 3)).contains(three);
        assertThat(DatabaseFile.readPage(disk, file, 9)).as("past the end").isEmpty();
        assertThat(DatabaseFile.readPages(disk, file)).containsOnlyKeys(1, 3).containsValues(one, three);
        assertThat(one.text()).isEqualTo("transaction 1 of generation 0x15");
        assertThat(Files.size(file)).isEqualTo(5 * 4096);
        assertThat(DatabaseFile.readHeader(disk, file)).isEqualTo(HEADER);
    }

    @Test
    void page_layout() throws Exception {
        Path file = created();
        DatabaseFile.writePage(disk, file, new Page(1, 0x41, new byte[] {7, 8, 9}));
        byte[] b = Files.readAllBytes(file);
        ByteReader r = new ByteReader(b, 8192, 4096);
        assertThat(r.u32()).as("checksum at +0").isEqualTo(Checksum.of(b, 8192 + 4, 4092));
        assertThat(r.u32()).as("page number at +4").isEqualTo(1);
        assertThat(r.u64()).as("dbtime at +8").isEqualTo(0x41);
        assertThat(r.u16()).as("data length at +16").isEqualTo(3);
        assertThat(r.bytes(3)).as("data at +18").containsExactly(7, 8, 9);
        assertThat(r.bytes(r.remaining())).containsOnly(0);
    }

    /** Sampled: every byte of the page header and the data written (0 to 21), every 7th byte elsewhere: -1018, naming the file and the page. */
    @Test
    void a_flipped_bit_in_a_page_is_a_read_verify_failure() {
        Path file = created();
        DatabaseFile.writePage(disk, file, new Page(1, 0x41, new byte[] {7, 8, 9}));
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset : FileFaults.sampled(4096, new int[] {0, Page.HEADER + 3})) {
                int bit = offset % 8;
                flips.flip(8192 + offset, bit);
                assertJetError(JetError.JET_errReadVerifyFailure, file, () -> DatabaseFile.readPage(disk, file, 1)).hasMessageContaining("page 1");
                flips.flip(8192 + offset, bit);
            }
        }
        flipBit(file, 8192 + 2000, 1);
        assertJetError(JetError.JET_errReadVerifyFailure, file, () -> DatabaseFile.readPages(disk, file));
    }

    @Test
    void a_page_written_at_another_page_s_place_is_a_read_verify_failure() throws Exception {
        Path file = created();
        DatabaseFile.writePage(disk, file, new Page(1, 0x41, new byte[] {7}));
        byte[] page = Arrays.copyOfRange(Files.readAllBytes(file), 8192, 12288);
        disk.write(file, 12288, page);
        assertJetError(JetError.JET_errReadVerifyFailure, file, () -> DatabaseFile.readPage(disk, file, 2)).hasMessageContaining("holds page number 1");
    }

    @Test
    void a_page_cut_short_is_a_read_verify_failure() {
        Path file = created();
        DatabaseFile.writePage(disk, file, new Page(1, 0x41, new byte[] {7}));
        truncate(file, 8192 + 100);
        assertJetError(JetError.JET_errReadVerifyFailure, file, () -> DatabaseFile.readPage(disk, file, 1));
    }
}
