package ese.recovery.jet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LGPOS: byte offset (16 bits), sector (16 bits), generation (32 bits), in that order (daedef.hxx LE_LGPOS). */
class LgposTest {

    private static byte[] bytes(Lgpos p) {
        ByteWriter w = new ByteWriter(Lgpos.SIZE);
        p.writeTo(w);
        return w.toByteArray();
    }

    @Test
    void layout_is_offset_sector_generation() {
        assertThat(bytes(new Lgpos(0x15, 8, 0x1F4))).containsExactly(0xF4, 0x01, 8, 0, 0x15, 0, 0, 0);
    }

    @Test
    void round_trip() {
        for (Lgpos p : new Lgpos[] {Lgpos.MIN, new Lgpos(0x15, 8, 0), new Lgpos(0xFFFFF, 0xFFFF, 0xFFFF), new Lgpos(Integer.MAX_VALUE, 1, 2)}) {
            assertThat(Lgpos.readFrom(new ByteReader(bytes(p)))).isEqualTo(p);
        }
    }

    @Test
    void ordered_by_generation_then_sector_then_offset() {
        assertThat(new Lgpos(0x14, 9, 9)).isLessThan(new Lgpos(0x15, 0, 0));
        assertThat(new Lgpos(0x15, 7, 500)).isLessThan(new Lgpos(0x15, 8, 0));
        assertThat(new Lgpos(0x15, 8, 0)).isLessThan(new Lgpos(0x15, 8, 1));
        assertThat(new Lgpos(0x15, 8, 1)).isEqualByComparingTo(new Lgpos(0x15, 8, 1));
    }

    @Test
    void shown_as_eseutil_shows_it() {
        assertThat(new Lgpos(0x15, 8, 0)).hasToString("(0x15,8,0)");
        assertThat(Lgpos.ofGeneration(0x2E)).hasToString("(0x2E,0,0)");
        assertThat(Lgpos.MIN.isSet()).isFalse();
        assertThat(Lgpos.ofGeneration(1).isSet()).isTrue();
    }

    @Test
    void a_sector_or_offset_beyond_16_bits_cannot_be_written() {
        assertThatThrownBy(() -> bytes(new Lgpos(1, 0x10000, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bytes(new Lgpos(1, 0, 0x10000))).isInstanceOf(IllegalArgumentException.class);
    }
}
