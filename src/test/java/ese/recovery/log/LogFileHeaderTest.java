package ese.recovery.log;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static ese.recovery.jet.FileFaults.assertJetError;
import static ese.recovery.jet.FileFaults.flipBit;
import static ese.recovery.jet.FileFaults.truncate;
import static ese.recovery.log.LogFixtures.FILE_SECTORS;
import static ese.recovery.log.LogFixtures.header;
import static ese.recovery.log.LogFixtures.resealHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 4 KiB log file header (after LGFILEHDR): layout, round trip, and every way it can be wrong. */
class LogFileHeaderTest {
    private final Disk disk = new NioDisk();
    @TempDir
    Path dir;

    private Path log(LogFileHeader h) {
        Path file = dir.resolve(new LogNames("E00").numbered(h.generation()));
        LogWriter.create(disk, file, h);
        return file;
    }

    @Test
    void round_trip() throws Exception {
        LogFileHeader h = header(0x15);
        Path file = log(h);
        assertThat(LogFile.readHeader(disk, file)).isEqualTo(h);
        assertThat(Files.size(file)).isEqualTo(h.fileBytes()).isEqualTo(FILE_SECTORS * 512L);
        byte[] all = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(all, LogFileHeader.SIZE, all.length)).as("the body of a new log").containsOnly(0);
    }

    @Test
    void round_trip_of_a_header_with_no_times_no_checkpoint_and_sixteen_attachments() {
        List<LogFileHeader.AttachInfo> attachments = new ArrayList<>();
        for (int i = 0; i < LogFileHeader.MAX_ATTACHMENTS; i++) {
            attachments.add(new LogFileHeader.AttachInfo("database-" + i + ".edb", new Signature(i + 1, LogTime.NONE, "HOST" + i), new Lgpos(i, i, i)));
        }
        LogFileHeader h = new LogFileHeader(1, Signature.NONE, LogTime.NONE, LogTime.NONE, 512, 8, 4096, Lgpos.MIN, 0, "EDB", attachments);
        Path file = dir.resolve("EDB00001.log");
        LogWriter.create(disk, file, h);
        assertThat(LogFile.readHeader(disk, file)).isEqualTo(h);
    }

    @Test
    void a_header_with_more_attachments_than_a_reader_accepts_cannot_be_made() {
        List<LogFileHeader.AttachInfo> attachments = new ArrayList<>();
        for (int i = 0; i <= LogFileHeader.MAX_ATTACHMENTS; i++) {
            attachments.add(new LogFileHeader.AttachInfo("d" + i + ".edb", Signature.NONE, Lgpos.MIN));
        }
        assertThatThrownBy(() -> new LogFileHeader(1, Signature.NONE, LogTime.NONE, LogTime.NONE, 512, 8, 32, Lgpos.MIN, 0, "E00", attachments))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixed_offsets_of_the_header_fields() throws Exception {
        LogFileHeader h = header(0x15);
        byte[] b = Files.readAllBytes(log(h));
        ByteReader r = new ByteReader(b, 0, LogFileHeader.SIZE);
        assertThat(r.at(0).u32()).as("checksum at 0").isEqualTo(Checksum.of(b, 4, LogFileHeader.SIZE - 4));
        assertThat(new String(b, 4, 8, StandardCharsets.US_ASCII)).as("magic at 4").isEqualTo("ESELOG\0\0");
        assertThat(r.at(12).u32()).as("format major at 12").isEqualTo(LogFileHeader.FORMAT_MAJOR);
        assertThat(r.at(16).u32()).as("format minor at 16").isEqualTo(LogFileHeader.FORMAT_MINOR);
        assertThat(r.at(20).u32()).as("generation at 20").isEqualTo(0x15);
        assertThat(Signature.readFrom(r.at(24))).as("log signature at 24").isEqualTo(h.logSignature());
        assertThat(LogTime.readFrom(r.at(52))).as("creation time at 52").isEqualTo(h.created());
        assertThat(LogTime.readFrom(r.at(60))).as("previous generation's creation time at 60").isEqualTo(h.previousGenerationCreated());
        assertThat(r.at(68).u16()).as("sector size at 68").isEqualTo(512);
        assertThat(r.at(70).u16()).as("header sectors at 70").isEqualTo(8);
        assertThat(r.at(72).u32()).as("file sectors at 72").isEqualTo(FILE_SECTORS);
        assertThat(Lgpos.readFrom(r.at(76))).as("checkpoint at creation at 76").isEqualTo(new Lgpos(0x14, 9, 20));
        assertThat(r.at(84).u32()).as("flags at 84").isEqualTo(LogFileHeader.FLAG_CIRCULAR_LOGGING);
        assertThat(r.at(88).fixedAscii(4)).as("base name at 88").isEqualTo("E00");
        assertThat(r.at(92).bytes(FileType.OFFSET - 92)).as("reserved up to the file type").containsOnly(0);
        assertThat(r.at(FileType.OFFSET).u32()).as("file type at 667, JET_filetypeLog").isEqualTo(3);
        assertThat(r.at(1024).u16()).as("attachment count at 1024").isEqualTo(1);
        assertThat(r.utf8()).isEqualTo("priv1.edb");
        assertThat(Signature.readFrom(r)).isEqualTo(LogFixtures.DB_SIGNATURE);
        assertThat(Lgpos.readFrom(r)).isEqualTo(new Lgpos(0x14, 8, 0));
        assertThat(r.bytes(LogFileHeader.SIZE - r.position())).as("zero padding to 4096").containsOnly(0);
    }

    /**
     * Every one of the 4096 header bytes, each with a different bit (offset mod 8): the checksum catches them all.
     * The file is read once and each damaged copy of its bytes goes through the same check {@link LogFile#readHeader}
     * makes after reading; the damage on disk, through readHeader and scan, is in the next test.
     */
    @Test
    void a_flipped_bit_at_every_offset_of_the_header_is_a_corrupt_log() throws Exception {
        Path file = log(header(0x15));
        byte[] bytes = Files.readAllBytes(file);
        for (int offset = 0; offset < LogFileHeader.SIZE; offset++) {
            int bit = offset % 8;
            bytes[offset] ^= (byte) (1 << bit);
            // ESE verifies the header checksum before it looks at the file type (ErrLGIReadFileHeader, log.cxx),
            // so a flip in the magic or the file type is a corrupt log too, not a file of another type.
            assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.parseHeader(file, bytes, bytes.length));
            bytes[offset] ^= (byte) (1 << bit);
        }
        assertThat(LogFile.parseHeader(file, bytes, bytes.length)).isEqualTo(header(0x15));
    }

    /** On disk, sampled: every byte of the fixed fields (0 to 92), of the file type and of the attachment count, every 7th byte elsewhere. */
    @Test
    void a_flipped_bit_in_the_header_on_disk_is_a_corrupt_log_for_readers_and_scans() {
        Path file = log(header(0x15));
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int offset : FileFaults.sampled(LogFileHeader.SIZE, new int[] {0, 92}, new int[] {FileType.OFFSET, FileType.OFFSET + 4},
                    new int[] {1024, 1026})) {
                flips.flip(offset, offset % 8);
                assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file));
                assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.scan(disk, file));
                flips.flip(offset, offset % 8);
            }
        }
        assertThat(LogFile.readHeader(disk, file)).isEqualTo(header(0x15));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 667, 4095})
    void a_log_shorter_than_its_header_is_corrupt(int size) {
        Path file = log(header(0x15));
        truncate(file, size);
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file)).hasMessageContaining("truncated");
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.scan(disk, file));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {4096, 4608, 16384 - 512, 16384 + 512, 16384 + 1})
    void a_log_whose_size_is_not_what_its_header_says_is_a_size_mismatch(int size) throws Exception {
        Path file = log(header(0x15));
        if (size < 16384) {
            truncate(file, size);
        } else {
            disk.write(file, size - 1, new byte[1]);
        }
        assertThat(Files.size(file)).isEqualTo(size);
        assertJetError(JetError.JET_errLogFileSizeMismatch, file, () -> LogFile.readHeader(disk, file))
                .hasMessageContaining("its header says 16384");
        assertJetError(JetError.JET_errLogFileSizeMismatch, file, () -> LogFile.scan(disk, file));
    }

    @Test
    void a_checkpoint_passed_as_a_log_is_a_file_of_another_type() {
        Path file = dir.resolve("E0000001.log");
        CheckpointFile.write(disk, file, new Checkpoint(new Lgpos(1, 8, 0), LogFixtures.LOG_SIGNATURE, LogFixtures.CREATED, Lgpos.MIN, "priv1.edb"));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void a_database_passed_as_a_log_is_a_file_of_another_type() {
        Path file = dir.resolve("E00.log");
        DatabaseFile.create(disk, file, new DatabaseHeader(LogFixtures.DB_SIGNATURE, DatabaseState.CLEAN_SHUTDOWN, 7, Lgpos.MIN, LogTime.NONE,
                Lgpos.MIN, LogTime.NONE, LogFixtures.LOG_SIGNATURE, 0, 0, LogTime.NONE, BackupInfo.NONE, BackupInfo.NONE));
        assertJetError(JetError.JET_errFileInvalidType, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void a_well_checksummed_header_with_another_file_type_or_magic_is_a_file_of_another_type() {
        Path file = log(header(0x15));
        resealHeader(file, b -> b[FileType.OFFSET] = (byte) FileType.DATABASE.code());
        assertJetError(JetError.JET_errFileInvalidType, file, () -> LogFile.readHeader(disk, file));
        resealHeader(file, b -> b[FileType.OFFSET] = (byte) FileType.LOG.code());
        assertThat(LogFile.readHeader(disk, file)).isEqualTo(header(0x15));
        resealHeader(file, b -> b[4] = 'X');
        assertJetError(JetError.JET_errFileInvalidType, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void zeros_are_not_a_log() throws Exception {
        Path file = dir.resolve("E00.log");
        Files.write(file, new byte[16384]);
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void another_log_format_version_is_a_bad_log_version() {
        Path file = log(header(0x15));
        resealHeader(file, b -> b[12] = 2);
        assertJetError(JetError.JET_errBadLogVersion, file, () -> LogFile.readHeader(disk, file)).hasMessageContaining("2.0");
    }

    @Test
    void an_implausible_geometry_is_a_corrupt_log() {
        Path file = log(header(0x15));
        resealHeader(file, b -> b[69] = 0x10); // sector size 4096
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file)).hasMessageContaining("geometry");
        resealHeader(file, b -> b[69] = 0x02);
        resealHeader(file, b -> Arrays.fill(b, 20, 24, (byte) 0)); // generation 0
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void a_checksummed_header_that_does_not_parse_is_a_corrupt_log() {
        Path file = log(header(0x15));
        resealHeader(file, b -> b[56] = 13); // month 13 in the creation time
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file)).hasMessageContaining("malformed");
        resealHeader(file, b -> b[56] = 1);
        resealHeader(file, b -> b[1024] = 17);              // 17 attachments
        assertJetError(JetError.JET_errLogFileCorrupt, file, () -> LogFile.readHeader(disk, file));
    }

    @Test
    void a_missing_log_is_a_missing_log_file() {
        Path file = dir.resolve("E00.log");
        assertJetError(JetError.JET_errMissingLogFile, file, () -> LogFile.readHeader(disk, file));
        assertJetError(JetError.JET_errMissingLogFile, file, () -> LogFile.scan(disk, file));
    }
}
