package ese.recovery.jet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ByteReader and ByteWriter: the little-endian primitives every header and record is made of. */
class ByteReaderTest {

    @Test
    void reads_little_endian_values() {
        byte[] b = {0x01, 0x34, 0x12, 0x78, 0x56, 0x34, 0x12, (byte) 0xEF, (byte) 0xCD, (byte) 0xAB, (byte) 0x89, 0x67, 0x45, 0x23, 0x01};
        ByteReader r = new ByteReader(b);
        assertThat(r.u8()).isEqualTo(0x01);
        assertThat(r.u16()).isEqualTo(0x1234);
        assertThat(r.u32()).isEqualTo(0x12345678);
        assertThat(r.u64()).isEqualTo(0x0123456789ABCDEFL);
        assertThat(r.remaining()).isZero();
    }

    @Test
    void writer_and_reader_agree_on_every_primitive() {
        byte[] b = new ByteWriter(0).u8(0xFF).u16(0xFFFF).u32(-2).u64(Long.MIN_VALUE).blob(new byte[] {1, 2, 3}).utf8("priv1.edb")
                .fixedAscii("E00", 4).toByteArray();
        ByteReader r = new ByteReader(b);
        assertThat(r.u8()).isEqualTo(0xFF);
        assertThat(r.u16()).isEqualTo(0xFFFF);
        assertThat(r.u32()).isEqualTo(-2);
        assertThat(r.u64()).isEqualTo(Long.MIN_VALUE);
        assertThat(r.blob()).containsExactly(1, 2, 3);
        assertThat(r.utf8()).isEqualTo("priv1.edb");
        assertThat(r.fixedAscii(4)).isEqualTo("E00");
        assertThat(r.remaining()).isZero();
    }

    @Test
    void writer_stores_low_byte_first() {
        assertThat(new ByteWriter(0).u16(0x1234).u32(0x12345678).toByteArray()).containsExactly(0x34, 0x12, 0x78, 0x56, 0x34, 0x12);
        assertThat(new ByteWriter(0).blob(new byte[] {9}).toByteArray()).containsExactly(1, 0, 9);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 3, 7})
    void reading_past_the_end_is_a_format_exception_for_every_primitive(int size) {
        List<Consumer<ByteReader>> reads = List.of(ByteReader::u64, r -> r.bytes(size + 1), r -> r.fixedAscii(size + 1));
        for (Consumer<ByteReader> read : reads) {
            assertThatThrownBy(() -> read.accept(new ByteReader(new byte[size]))).isInstanceOf(ByteReader.FormatException.class)
                    .hasMessageContaining("truncated");
        }
        if (size < 4) {
            assertThatThrownBy(() -> new ByteReader(new byte[size]).u32()).isInstanceOf(ByteReader.FormatException.class);
        }
        if (size < 2) {
            assertThatThrownBy(() -> new ByteReader(new byte[size]).u16()).isInstanceOf(ByteReader.FormatException.class);
            assertThatThrownBy(() -> new ByteReader(new byte[size]).blob()).isInstanceOf(ByteReader.FormatException.class);
        }
        if (size < 1) {
            assertThatThrownBy(() -> new ByteReader(new byte[size]).u8()).isInstanceOf(ByteReader.FormatException.class);
        }
    }

    @Test
    void a_blob_longer_than_what_is_left_is_a_format_exception() {
        byte[] b = new ByteWriter(0).u16(10).bytes(new byte[9]).toByteArray();
        assertThatThrownBy(() -> new ByteReader(b).blob()).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void a_reader_over_a_range_stops_at_the_range_not_the_array() {
        byte[] b = {1, 2, 3, 4, 5, 6, 7, 8};
        ByteReader r = new ByteReader(b, 2, 4);
        assertThat(r.position()).isEqualTo(2);
        assertThat(r.u32()).isEqualTo(0x06050403);
        assertThatThrownBy(r::u8).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void a_range_outside_the_array_is_refused() {
        assertThatThrownBy(() -> new ByteReader(new byte[4], 2, 3)).isInstanceOf(ByteReader.FormatException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[4], -1, 2)).isInstanceOf(ByteReader.FormatException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[4], 1, -1)).isInstanceOf(ByteReader.FormatException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[4], 1, Integer.MAX_VALUE)).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void at_moves_within_the_range_only() {
        ByteReader r = new ByteReader(new byte[] {0, 0, 7, 0}, 0, 4);
        assertThat(r.at(2).u8()).isEqualTo(7);
        assertThat(r.at(4).remaining()).isZero();
        assertThatThrownBy(() -> r.at(5)).isInstanceOf(ByteReader.FormatException.class);
        assertThatThrownBy(() -> r.at(-1)).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void fixed_ascii_is_nul_padded_and_must_stay_zero_after_the_terminator() {
        assertThat(new ByteWriter(0).fixedAscii("EDB", 8).toByteArray()).containsExactly('E', 'D', 'B', 0, 0, 0, 0, 0);
        assertThat(new ByteReader(new byte[] {'E', 'D', 'B', 0}).fixedAscii(4)).isEqualTo("EDB");
        assertThat(new ByteReader(new byte[] {'A', 'B', 'C', 'D'}).fixedAscii(4)).isEqualTo("ABCD");
        assertThatThrownBy(() -> new ByteReader(new byte[] {'E', 0, 'B', 0}).fixedAscii(4)).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void the_writer_refuses_values_that_do_not_fit_their_field() {
        assertThatThrownBy(() -> new ByteWriter(0).u16(0x10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteWriter(0).u16(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteWriter(0).u8(0x100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteWriter(0).u8(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteWriter(0).fixedAscii("TOOLONG", 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteWriter(0).blob(new byte[0x10000])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_writer_never_moves_backwards_nor_overflows_a_fixed_size() {
        ByteWriter w = new ByteWriter(0).u32(1);
        assertThatThrownBy(() -> w.at(2)).isInstanceOf(IllegalStateException.class);
        assertThat(w.at(6).u8(9).toByteArray()).containsExactly(1, 0, 0, 0, 0, 0, 9);
        assertThat(w.toByteArray(10)).hasSize(10).endsWith(9, 0, 0, 0);
        assertThatThrownBy(() -> w.toByteArray(6)).isInstanceOf(IllegalStateException.class);
    }
}
