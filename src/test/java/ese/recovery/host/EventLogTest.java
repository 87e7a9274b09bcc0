package ese.recovery.host;

import ese.recovery.engine.EngineClock;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLogTest {
    @TempDir
    Path dir;

    private final EngineClock clock = EngineClock.simulated(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofSeconds(1));

    private EventLog log() {
        return EventLog.open(new NioDisk(), dir.resolve("AppEvent.txt"), "Application", clock, "EXCHSRV01");
    }

    @Test
    void recordsAreNumberedTimedByTheClockAndReadBackFromTheFile() {
        EventLog log = log();
        log.write("MSExchangeDS", EventType.ERROR, "Internal Processing", 1002,
                "The Microsoft Exchange Server database (EDB) could not be initialized and returned error -528.");
        log.write("ESE97", EventType.INFORMATION, "Logging/Recovery", 302, "done");

        EventLog again = log();

        assertThat(again.records()).isEqualTo(log.records());
        assertThat(again.records().get(0).number()).isEqualTo(1);
        assertThat(again.records().get(0).time()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(again.records().get(0).carries(JetError.JET_errMissingLogFile)).isTrue();
        assertThat(again.records().get(1).carries(JetError.JET_errMissingLogFile)).isFalse();
        assertThat(again.shown()).contains("Event Source:\tMSExchangeDS", "Event ID:\t1002", "Time:\t\t10:00:00 AM");
    }

    @Test
    void theErrorIsRecognisedInEveryFormExchangeShowsIt() {
        for (String form : new String[]{"-528", "4294966768", "0xfffffdf0", "0xC8000210"}) {
            EventRecord r = new EventRecord(1, Instant.EPOCH, EventType.ERROR, "MSExchangeDS", "", 1002, "X", "error " + form + ".");
            assertThat(r.carries(JetError.JET_errMissingLogFile)).as(form).isTrue();
        }
        for (String other : new String[]{"-5280", "1-528", "0xfffffdf01"}) {
            EventRecord r = new EventRecord(1, Instant.EPOCH, EventType.ERROR, "MSExchangeDS", "", 1002, "X", "error " + other + ".");
            assertThat(r.carries(JetError.JET_errMissingLogFile)).as(other).isFalse();
        }
    }

    @Test
    void anAlteredRecordIsRefusedByTheChecksum() throws Exception {
        EventLog log = log();
        log.write("MSExchangeDS", EventType.ERROR, "Internal Processing", 1002, "returned error -528.");
        Files.writeString(log.file(), Files.readString(log.file()).replace("1002", "1003"));

        assertThatThrownBy(this::log).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("AppEvent.txt").hasMessageContaining("checksum mismatch");
    }

    @Test
    void recordsOutOfSequenceOrWithMissingFieldsAreRefusedWithTheirLine() {
        assertMalformed("EVENTLOG 1 Application\n2\t2026-01-05T10:00:00Z\tError\tS\t\t1\tX\tt\n", 2, "record 2 where record 1 was due");
        assertMalformed("EVENTLOG 1 Application\n1\t2026-01-05T10:00:00Z\tError\tS\t1\tX\tt\n", 2, "8 tab-separated fields");
        assertMalformed("EVENTLOG 1 Application\n1\tyesterday\tError\tS\t\t1\tX\tt\n", 2, "does not parse");
        assertMalformed("EVENTLOG 1 Application\n1\t2026-01-05T10:00:00Z\tFatal\tS\t\t1\tX\tt\n", 2, "no event type 'Fatal'");
        assertMalformed("EVENTLOG 1 Application\n1\t2026-01-05T10:00:00Z\tError\tS\t\t70000\tX\tt\n", 2, "0 to 65535");
        assertMalformed("EVENTLOG 1 System\n", 1, "the first line must be 'EVENTLOG 1 Application'");
    }

    private static void assertMalformed(String body, int line, String detail) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String sealed = body + String.format("# CRC-32C 0x%08x\n", ese.recovery.jet.Checksum.of(b, 0, b.length));
        assertThatThrownBy(() -> EventLog.parse(Path.of("AppEvent.txt"), sealed.getBytes(StandardCharsets.UTF_8), "Application"))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageContaining("AppEvent.txt").hasMessageContaining(detail);
    }
}
