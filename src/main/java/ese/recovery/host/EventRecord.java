package ese.recovery.host;

import ese.recovery.jet.JetError;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One entry of an event log: its record number, when it was written, type, source, category, event ID,
 * computer and description, the fields Event Viewer shows.
 */
public record EventRecord(int number, Instant time, EventType type, String source, String category, int id, String computer,
                          String description) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a", java.util.Locale.US).withZone(ZoneOffset.UTC);

    public EventRecord {
        Objects.requireNonNull(time);
        Objects.requireNonNull(type);
        for (String field : new String[]{source, computer, description}) {
            if (field.isEmpty()) {
                throw new IllegalArgumentException("an event has a source, a computer and a description");
            }
        }
        for (String field : new String[]{source, category, computer, description}) {
            if (field.chars().anyMatch(c -> c < 0x20)) {
                throw new IllegalArgumentException("event fields are one line of text, without tabs: '" + field + "'");
            }
        }
        if (id < 0 || id > 0xFFFF) {
            throw new IllegalArgumentException("an event ID is 0 to 65535: " + id);
        }
    }

    /**
     * True when the description carries {@code error} in one of the forms Exchange events show it: signed
     * (-528), unsigned (4294966768), hex (0xfffffdf0), or as Exchange 5.5 shows it during a restore
     * (0xc8000210); a number inside a longer number does not count.
     */
    public boolean carries(JetError error) {
        String d = description.toLowerCase(java.util.Locale.ROOT);
        for (String form : new String[]{Integer.toString(error.number()), Long.toString(error.unsigned()), error.hex(),
                String.format("0x%08x", 0xC8000000L + -error.number())}) {
            if (java.util.regex.Pattern.compile("(?<![0-9a-z-])" + java.util.regex.Pattern.quote(form) + "(?![0-9a-z])").matcher(d).find()) {
                return true;
            }
        }
        return false;
    }

    /** As Event Viewer's event properties show it. */
    public String shown() {
        return "Event Type:\t" + type.shown() + "\n"
                + "Event Source:\t" + source + "\n"
                + "Event Category:\t" + (category.isEmpty() ? "None" : category) + "\n"
                + "Event ID:\t" + id + "\n"
                + "Date:\t\t" + DATE.format(time) + "\n"
                + "Time:\t\t" + TIME.format(time) + "\n"
                + "Computer:\t" + computer + "\n"
                + "Description:\n" + description + "\n";
    }
}
