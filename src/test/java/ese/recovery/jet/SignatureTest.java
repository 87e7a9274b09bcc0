package ese.recovery.jet;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SIGNATURE: a random 32-bit value, the creation LOGTIME and a 16-byte computer name (daedef.hxx SIGNATURE), 28 bytes. */
class SignatureTest {
    private static final LogTime CREATED = LogTime.of(Instant.parse("2026-01-05T10:00:00Z"));

    private static byte[] bytes(Signature s) {
        ByteWriter w = new ByteWriter(Signature.SIZE);
        s.writeTo(w);
        return w.toByteArray();
    }

    @Test
    void round_trip() {
        for (Signature s : new Signature[] {new Signature(0x12345678, CREATED, "EXCHSRV01"), new Signature(-1, CREATED, "SIXTEEN-LETTERS!"),
                new Signature(1, LogTime.NONE, ""), Signature.NONE}) {
            byte[] b = bytes(s);
            assertThat(b).hasSize(Signature.SIZE).hasSize(28);
            assertThat(Signature.readFrom(new ByteReader(b))).isEqualTo(s);
        }
    }

    @Test
    void layout_is_random_then_creation_time_then_computer_name() {
        byte[] b = bytes(new Signature(0x12345678, CREATED, "EXCH"));
        assertThat(b).startsWith(0x78, 0x56, 0x34, 0x12);
        ByteWriter time = new ByteWriter(8);
        CREATED.writeTo(time);
        assertThat(java.util.Arrays.copyOfRange(b, 4, 12)).isEqualTo(time.toByteArray());
        assertThat(java.util.Arrays.copyOfRange(b, 12, 28)).containsExactly('E', 'X', 'C', 'H', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void none_is_28_zero_bytes_both_ways() {
        assertThat(bytes(Signature.NONE)).containsOnly(0);
        assertThat(Signature.readFrom(new ByteReader(new byte[28]))).isSameAs(Signature.NONE);
        assertThat(Signature.NONE.isSet()).isFalse();
    }

    @Test
    void a_computer_name_is_at_most_16_printable_ascii_characters() {
        assertThatThrownBy(() -> new Signature(1, CREATED, "SEVENTEEN-LETTERS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(1, CREATED, "Zürich")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature(1, CREATED, "EX\0CH")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shown_as_eseutil_shows_it() {
        assertThat(new Signature(-1, CREATED, "EXCHSRV01")).hasToString("Create time:01/05/2026 10:00:00.000 Rand:4294967295 Computer:EXCHSRV01");
        assertThat(Signature.NONE).hasToString("none");
    }
}
