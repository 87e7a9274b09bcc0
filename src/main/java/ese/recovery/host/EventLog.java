package ese.recovery.host;

import ese.recovery.engine.EngineClock;
import ese.recovery.io.Disk;
import ese.recovery.jet.Checksum;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event log of a server (Application or System), kept in a UTF-8 text file that every write rewrites
 * through a temporary file: a first line {@code EVENTLOG 1 <name>}, then one record a line, its fields
 * separated by tabs (number, time in UTC, type, source, category, event ID, computer, description), then
 * the CRC-32C of everything before it. Reading is strict: a record out of sequence, a field that does not
 * parse or a checksum that does not match is a {@link MalformedFileException} naming the file and line.
 * Times come from the engine clock only.
 */
public final class EventLog {
    private static final String SEAL = "# CRC-32C 0x";
    private final Disk disk;
    private final Path file;
    private final String name;
    private final EngineClock clock;
    private final String computer;
    private final List<EventRecord> records;

    private EventLog(Disk disk, Path file, String name, EngineClock clock, String computer, List<EventRecord> records) {
        this.disk = disk;
        this.file = file;
        this.name = name;
        this.clock = clock;
        this.computer = computer;
        this.records = new ArrayList<>(records);
    }

    /** The log {@code name} kept in {@code file}: read strictly when it exists, created empty otherwise. */
    public static EventLog open(Disk disk, Path file, String name, EngineClock clock, String computer) {
        if (!name.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("an event log name is one word: " + name);
        }
        if (disk.exists(file)) {
            List<EventRecord> records = parse(file, disk.read(file), name);
            return new EventLog(disk, file, name, clock, computer, records);
        }
        disk.createDirectories(file.getParent());
        EventLog log = new EventLog(disk, file, name, clock, computer, List.of());
        log.save();
        return log;
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** Writes an event now. */
    public void write(String source, EventType type, String category, int id, String description) {
        records.add(new EventRecord(records.size() + 1, clock.now(), type, source, category, id, computer, description));
        save();
    }

    public List<EventRecord> records() {
        return Collections.unmodifiableList(records);
    }

    /** Every record as Event Viewer shows it, oldest first, or a line saying the log is empty. */
    public String shown() {
        if (records.isEmpty()) {
            return name + " log: no events\n";
        }
        StringBuilder out = new StringBuilder();
        for (EventRecord r : records) {
            out.append(name).append(" log, record ").append(r.number()).append('\n').append(r.shown()).append('\n');
        }
        return out.toString();
    }

    static String text(String name, List<EventRecord> records) {
        StringBuilder out = new StringBuilder("EVENTLOG 1 ").append(name).append('\n');
        for (EventRecord r : records) {
            out.append(r.number()).append('\t').append(r.time()).append('\t').append(r.type().shown()).append('\t')
                    .append(r.source()).append('\t').append(r.category()).append('\t').append(r.id()).append('\t')
                    .append(r.computer()).append('\t').append(r.description()).append('\n');
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        return out + SEAL + String.format("%08x", Checksum.of(body, 0, body.length)) + "\n";
    }

    private void save() {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (disk.exists(tmp)) {
            disk.delete(tmp);
        }
        disk.create(tmp, text(name, records).getBytes(StandardCharsets.UTF_8));
        disk.flush(tmp);
        disk.replace(tmp, file);
    }

    static List<EventRecord> parse(Path file, byte[] bytes, String expectedName) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new MalformedFileException(file, 0, "the file does not end with a whole line: it is incomplete");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        int last = lines.length;
        if (!lines[0].equals("EVENTLOG 1 " + expectedName)) {
            throw new MalformedFileException(file, 1, "the first line must be 'EVENTLOG 1 " + expectedName + "', not '" + lines[0] + "'");
        }
        Matcher seal = Pattern.compile("# CRC-32C 0x([0-9a-f]{8})").matcher(lines[last - 1]);
        if (last < 2 || !seal.matches()) {
            throw new MalformedFileException(file, last, "the last line must be '" + SEAL + "' and 8 hex digits");
        }
        int sealOffset = text.lastIndexOf(SEAL);
        int bodyBytes = text.substring(0, sealOffset).getBytes(StandardCharsets.UTF_8).length;
        int stored = Integer.parseUnsignedInt(seal.group(1), 16);
        int actual = Checksum.of(bytes, 0, bodyBytes);
        if (stored != actual) {
            throw new MalformedFileException(file, last, String.format("checksum mismatch: the file says 0x%08x, its contents give 0x%08x", stored, actual));
        }
        List<EventRecord> records = new ArrayList<>();
        for (int i = 1; i < last - 1; i++) {
            int n = i + 1;
            String[] f = lines[i].split("\t", -1);
            if (f.length != 8) {
                throw new MalformedFileException(file, n, "a record has 8 tab-separated fields, this line has " + f.length);
            }
            try {
                int number = Integer.parseInt(f[0]);
                if (number != records.size() + 1) {
                    throw new MalformedFileException(file, n, "record " + number + " where record " + (records.size() + 1) + " was due");
                }
                records.add(new EventRecord(number, Instant.parse(f[1]), EventType.shown(f[2]), f[3], f[4], Integer.parseInt(f[5]), f[6], f[7]));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new MalformedFileException(file, n, "a field does not parse: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new MalformedFileException(file, n, e.getMessage());
            }
        }
        return records;
    }
}
