package ese.recovery.log;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.Signature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Record encodings: a type byte, a 16-bit body length, the body. */
class LogRecordTest {

    private static byte[] encode(LogRecord r) {
        ByteWriter w = new ByteWriter(16);
        r.writeTo(w);
        return w.toByteArray();
    }

    @Test
    void every_record_type_round_trips_and_knows_its_size() {
        for (LogRecord r : LogFixtures.everyType()) {
            byte[] b = encode(r);
            assertThat(r.encodedSize()).isEqualTo(b.length);
            ByteReader in = new ByteReader(b);
            assertThat(LogRecord.readFrom(in)).as(r.toString()).isEqualTo(r);
            assertThat(in.remaining()).isZero();
        }
        assertThat(LogFixtures.everyType().stream().map(Object::getClass).distinct()).hasSize(LogRecord.class.getPermittedSubclasses().length);
    }

    @Test
    void encodings_pinned_byte_for_byte() {
        assertThat(encode(new LogRecord.Begin(7))).containsExactly(1, 4, 0, 7, 0, 0, 0);
        assertThat(encode(new LogRecord.Commit(7))).containsExactly(3, 4, 0, 7, 0, 0, 0);
        assertThat(encode(new LogRecord.Rollback(7))).containsExactly(4, 4, 0, 7, 0, 0, 0);
        assertThat(encode(new LogRecord.Term())).containsExactly(7, 0, 0);
        assertThat(encode(new LogRecord.RecoveryQuit())).containsExactly(8, 0, 0);
        assertThat(encode(new LogRecord.PageWrite(7, 3, 40, 41, new byte[] {9}, new byte[] {8, 8})))
                .containsExactly(2, 31, 0, 7, 0, 0, 0, 3, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 41, 0, 0, 0, 0, 0, 0, 0, 1, 0, 9, 2, 0, 8, 8);
        assertThat(encode(new LogRecord.Undo(7, 3, 41, 42, new byte[] {9})))
                .containsExactly(5, 27, 0, 7, 0, 0, 0, 3, 0, 0, 0, 41, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 0, 0, 0, 1, 0, 9);
        byte[] attach = encode(new LogRecord.Attach("a.edb", Signature.NONE, new Lgpos(0x15, 8, 1)));
        assertThat(attach).startsWith(6, 2 + 5 + 28 + 8, 0, 5, 0, 'a', '.', 'e', 'd', 'b').endsWith(1, 0, 8, 0, 0x15, 0, 0, 0).hasSize(3 + 43);
    }

    @Test
    void an_unknown_type_or_a_body_of_the_wrong_length_is_a_format_exception() {
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(new byte[] {9, 0, 0}))).isInstanceOf(ByteReader.FormatException.class)
                .hasMessageContaining("type 9");
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(new byte[] {1, 5, 0, 7, 0, 0, 0, 0}))).isInstanceOf(ByteReader.FormatException.class)
                .hasMessageContaining("too many");
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(new byte[] {1, 3, 0, 7, 0, 0}))).isInstanceOf(ByteReader.FormatException.class);
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(new byte[] {1, 4, 0, 7}))).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void page_images_compare_by_content() {
        LogRecord.PageWrite a = new LogRecord.PageWrite(1, 2, 3, 4, new byte[] {1}, new byte[] {2});
        assertThat(a).isEqualTo(new LogRecord.PageWrite(1, 2, 3, 4, new byte[] {1}, new byte[] {2}))
                .isNotEqualTo(new LogRecord.PageWrite(1, 2, 3, 4, new byte[] {1}, new byte[] {3}));
        assertThat(new LogRecord.Undo(1, 2, 3, 4, new byte[] {1})).isEqualTo(new LogRecord.Undo(1, 2, 3, 4, new byte[] {1}));
    }
}
