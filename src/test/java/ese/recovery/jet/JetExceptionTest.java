package ese.recovery.jet;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

/** The error message format, the file type codes and the checksum every format relies on. */
class JetExceptionTest {

    @Test
    void message_names_the_file_then_the_detail_then_the_error() {
        JetException e = new JetException(JetError.JET_errLogFileCorrupt, Path.of("/x/mdbdata/E0000015.log"), "log header checksum mismatch");
        assertThat(e).hasMessage("E0000015.log: log header checksum mismatch (-501 JET_errLogFileCorrupt)");
        assertThat(e.file()).isEqualTo(Path.of("/x/mdbdata/E0000015.log"));
        assertThat(e.error().hex()).isEqualTo("0xfffffe0b");
    }

    @Test
    void file_types_are_the_jet_filetype_values_kept_at_offset_667() {
        // published/inc/jethdr.w: JET_filetypeUnknown 0, Database 1, Log 3, Checkpoint 4
        assertThat(FileType.OFFSET).isEqualTo(667);
        assertThat(FileType.UNKNOWN.code()).isZero();
        assertThat(FileType.DATABASE.code()).isEqualTo(1);
        assertThat(FileType.LOG.code()).isEqualTo(3);
        assertThat(FileType.CHECKPOINT.code()).isEqualTo(4);
        // ESE defines no type for patch files or restore.env
        assertThat(FileType.PATCH.code()).isZero();
        assertThat(FileType.RESTORE_ENVIRONMENT.code()).isZero();
    }

    @Test
    void checksum_is_crc32c_of_everything_after_the_first_four_bytes_stored_little_endian() {
        byte[] b = new byte[64];
        for (int i = 4; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        Checksum.seal(b, 0, b.length);
        CRC32C crc = new CRC32C();
        crc.update(b, 4, b.length - 4);
        assertThat(Checksum.stored(b, 0)).isEqualTo((int) crc.getValue());
        assertThat(Checksum.verifies(b, 0, b.length)).isTrue();
        b[63] ^= 1;
        assertThat(Checksum.verifies(b, 0, b.length)).isFalse();
    }
}
