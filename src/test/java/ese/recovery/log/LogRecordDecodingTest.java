package ese.recovery.log;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogRecordDecodingTest {
    private static final List<LogRecord> EVERY_KIND = List.of(
            new LogRecord.Begin(7),
            new LogRecord.PageWrite(7, 3, 10, 11, new byte[0], "transaction 7 of generation 0x15".getBytes()),
            new LogRecord.PageWrite(7, 4, 11, 12, new byte[4078], new byte[4078]),
            new LogRecord.Commit(7),
            new LogRecord.Rollback(8),
            new LogRecord.Undo(8, 5, 12, 13, "before".getBytes()),
            new LogRecord.Attach("priv1.edb", new Signature(0x1234, LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), "EXCHSRV01"), new Lgpos(0x15, 8, 16)),
            new LogRecord.Term(),
            new LogRecord.RecoveryQuit());

    @Test
    void theEncodedSizeIsWhatIsWritten() {
        for (LogRecord r : EVERY_KIND) {
            ByteWriter w = new ByteWriter(16);
            r.writeTo(w);
            assertThat(r.encodedSize()).as(r.toString()).isEqualTo(w.position());
        }
    }

    @Test
    void everyKindReadsBackAsWritten() {
        ByteWriter w = new ByteWriter(16);
        EVERY_KIND.forEach(r -> r.writeTo(w));
        ByteReader in = new ByteReader(w.toByteArray());
        for (LogRecord r : EVERY_KIND) {
            assertThat(LogRecord.readFrom(in)).isEqualTo(r);
        }
        assertThat(in.remaining()).isZero();
    }

    @Test
    void aBodyShorterThanItsRecordNeedsIsMalformedWithOffsetsInsideTheBody() {
        byte[] commitWithTwoBytes = {LogRecord.TYPE_COMMIT, 2, 0, 1, 2, 99, 99};
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(commitWithTwoBytes)))
                .isInstanceOf(ByteReader.FormatException.class)
                .hasMessage("truncated: needed 4 bytes at offset 0, only 2 left");
    }

    @Test
    void aBodyLongerThanItsRecordNeedsIsMalformed() {
        byte[] commitWithFiveBytes = {LogRecord.TYPE_COMMIT, 5, 0, 1, 0, 0, 0, 9};
        assertThatThrownBy(() -> LogRecord.readFrom(new ByteReader(commitWithFiveBytes)))
                .isInstanceOf(ByteReader.FormatException.class)
                .hasMessage("log record type 3 has 1 bytes too many");
    }

    @Test
    void aSliceReadsLikeACopy() {
        ByteReader in = new ByteReader(new byte[]{9, 9, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0});
        in.u16();
        ByteReader slice = in.slice(12);
        assertThat(slice.position()).isZero();
        assertThat(slice.u32()).isEqualTo(1);
        assertThat(slice.u64()).isEqualTo(2);
        assertThat(slice.remaining()).isZero();
        assertThat(slice.at(4).position()).isEqualTo(4);
        assertThat(in.remaining()).isZero();
    }
}
