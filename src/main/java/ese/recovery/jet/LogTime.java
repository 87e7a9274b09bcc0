package ese.recovery.jet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ESE's LOGTIME: a UTC wall-clock time to the millisecond, stored in 8 bytes
 * (seconds, minutes, hours, day, month, years since 1900, then the UTC flag and the milliseconds).
 * {@link #NONE} (all zero bytes) means "not set".
 */
public record LogTime(long epochMillis) implements Comparable<LogTime> {
    public static final int SIZE = 8;
    public static final LogTime NONE = new LogTime(Long.MIN_VALUE);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS");
    /** The years one byte of "years since 1900" can hold. */
    private static final long EARLIEST = -2_208_988_800_000L; // 1900-01-01T00:00:00Z
    private static final long LATEST = 5_869_583_999_999L;    // 2155-12-31T23:59:59.999Z

    public LogTime {
        if (epochMillis != Long.MIN_VALUE && (epochMillis < EARLIEST || epochMillis > LATEST)) {
            throw new IllegalArgumentException("a LOGTIME holds the years 1900 to 2155: " + Instant.ofEpochMilli(epochMillis));
        }
    }

    public static LogTime of(Instant instant) {
        return new LogTime(instant.toEpochMilli());
    }

    public boolean isSet() {
        return epochMillis != Long.MIN_VALUE;
    }

    public Instant instant() {
        return Instant.ofEpochMilli(epochMillis);
    }

    public void writeTo(ByteWriter out) {
        if (!isSet()) {
            out.zeros(SIZE);
            return;
        }
        LocalDateTime t = utc();
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        out.u8(t.getSecond()).u8(t.getMinute()).u8(t.getHour()).u8(t.getDayOfMonth()).u8(t.getMonthValue())
                .u8(t.getYear() - 1900)
                .u8(0x01 | ((millis & 0x7F) << 1))
                .u8((millis >> 7) << 1);
    }

    public static LogTime readFrom(ByteReader in) {
        int sec = in.u8(), min = in.u8(), hour = in.u8(), day = in.u8(), month = in.u8(), year = in.u8();
        int f1 = in.u8(), f2 = in.u8();
        if ((sec | min | hour | day | month | year | f1 | f2) == 0) {
            return NONE;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 59) {
            throw new ByteReader.FormatException("invalid LOGTIME " + month + "/" + day + " " + hour + ":" + min + ":" + sec);
        }
        int millis = ((f1 >> 1) & 0x7F) | ((f2 >> 1) << 7);
        if (millis > 999) {
            throw new ByteReader.FormatException("invalid LOGTIME milliseconds " + millis);
        }
        try {
            LocalDateTime t = LocalDateTime.of(1900 + year, month, day, hour, min, sec, millis * 1_000_000);
            return new LogTime(t.toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (java.time.DateTimeException e) {
            throw new ByteReader.FormatException("invalid LOGTIME: " + e.getMessage());
        }
    }

    @Override
    public int compareTo(LogTime o) {
        return Long.compare(epochMillis, o.epochMillis);
    }

    /** As eseutil shows it: {@code 11/22/2026 10:00:01.000}, or "none". */
    @Override
    public String toString() {
        return isSet() ? SHOWN.format(utc()) : "none";
    }

    /** The time in UTC (what LocalDateTime.ofInstant(instant(), ZoneOffset.UTC) gives, without building the zone's rules each time). */
    private LocalDateTime utc() {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L), (int) Math.floorMod(epochMillis, 1000L) * 1_000_000, ZoneOffset.UTC);
    }
}
