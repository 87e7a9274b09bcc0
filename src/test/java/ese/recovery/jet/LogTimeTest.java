package ese.recovery.jet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LOGTIME: eight bytes, seconds first, years since 1900, UTC flag and milliseconds in the last two (daedef.hxx LOGTIME). */
class LogTimeTest {

    private static byte[] bytes(LogTime t) {
        ByteWriter w = new ByteWriter(LogTime.SIZE);
        t.writeTo(w);
        return w.toByteArray();
    }

    private static LogTime read(byte[] b) {
        return LogTime.readFrom(new ByteReader(b));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-22T10:00:01Z", "2026-01-05T10:00:00.001Z", "2026-01-05T10:00:00.127Z", "2026-01-05T10:00:00.128Z",
            "2026-12-31T23:59:59.999Z", "1900-01-01T00:00:00Z", "2155-12-31T23:59:59.999Z", "2000-02-29T12:30:45.500Z"})
    void round_trip(String instant) {
        LogTime t = LogTime.of(Instant.parse(instant));
        byte[] b = bytes(t);
        assertThat(b).hasSize(LogTime.SIZE);
        assertThat(read(b)).isEqualTo(t);
        assertThat(read(b).instant()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void fields_and_text_are_those_of_the_utc_date_and_time_over_the_whole_range() {
        java.util.Random random = new java.util.Random(812592);
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS");
        for (int i = 0; i < 2000; i++) {
            long millis = -2_208_988_800_000L + (long) (random.nextDouble() * (5_869_583_999_999L + 2_208_988_800_000L));
            java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), java.time.ZoneOffset.UTC);
            LogTime t = new LogTime(millis);
            byte[] b = bytes(t);
            assertThat(new int[] {b[0], b[1], b[2], b[3], b[4], b[5] & 0xFF}).as(utc.toString())
                    .containsExactly(utc.getSecond(), utc.getMinute(), utc.getHour(), utc.getDayOfMonth(), utc.getMonthValue(), utc.getYear() - 1900);
            assertThat(t).hasToString(shown.format(utc));
            assertThat(read(b)).isEqualTo(t);
        }
    }

    @Test
    void layout_is_seconds_minutes_hours_day_month_year_then_utc_flag_and_milliseconds() {
        LogTime t = LogTime.of(Instant.parse("2026-11-22T10:00:01.999Z"));
        // 999 ms = 7 * 128 + 103: low 7 bits after the UTC flag bit, high 3 bits after a reserved bit
        assertThat(bytes(t)).containsExactly(1, 0, 10, 22, 11, 126, 0x01 | (103 << 1), 7 << 1);
        assertThat(bytes(LogTime.of(Instant.parse("2026-11-22T10:00:01Z")))).containsExactly(1, 0, 10, 22, 11, 126, 0x01, 0);
    }

    @Test
    void none_is_eight_zero_bytes_both_ways() {
        assertThat(bytes(LogTime.NONE)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(read(new byte[8])).isEqualTo(LogTime.NONE);
        assertThat(LogTime.NONE.isSet()).isFalse();
        assertThat(LogTime.NONE).hasToString("none");
    }

    @Test
    void the_earliest_time_is_not_mistaken_for_none() {
        LogTime t = LogTime.of(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(read(bytes(t)).isSet()).isTrue();
    }

    @Test
    void shown_as_eseutil_shows_it() {
        assertThat(LogTime.of(Instant.parse("2026-11-22T10:00:01.025Z"))).hasToString("11/22/2026 10:00:01.025");
    }

    @Test
    void ordered_by_time() {
        LogTime a = LogTime.of(Instant.parse("2026-01-05T10:00:00Z"));
        LogTime b = LogTime.of(Instant.parse("2026-01-05T10:00:00.001Z"));
        assertThat(a).isLessThan(b);
        assertThat(LogTime.NONE).isLessThan(a);
    }

    @Test
    void impossible_dates_and_times_are_format_exceptions() {
        byte[] ok = bytes(LogTime.of(Instant.parse("2026-02-10T10:00:00Z")));
        int[][] damage = {{4, 13}, {4, 0}, {3, 0}, {3, 32}, {2, 24}, {1, 60}, {0, 60}, {3, 30} /* 30 February */};
        for (int[] d : damage) {
            byte[] b = ok.clone();
            b[d[0]] = (byte) d[1];
            assertThatThrownBy(() -> read(b)).as("byte %d = %d", d[0], d[1]).isInstanceOf(ByteReader.FormatException.class);
        }
        byte[] millis = ok.clone();
        millis[6] = (byte) 0xFF; // low bits 127
        millis[7] = 7 << 1;       // high bits 7: 1023 ms
        assertThatThrownBy(() -> read(millis)).isInstanceOf(ByteReader.FormatException.class);
    }

    @Test
    void a_time_outside_the_years_a_byte_can_hold_is_refused_when_made() {
        assertThatThrownBy(() -> LogTime.of(Instant.parse("1899-12-31T23:59:59.999Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogTime.of(Instant.parse("2156-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
    }
}
