package ese.recovery.host;

import java.nio.file.Path;

/**
 * A host file (a registry file, an event log, a cluster registry checkpoint) that does not read as its
 * format says: the message names the file, the line and what was wrong. Nothing is loaded from it.
 */
public final class MalformedFileException extends RuntimeException {
    private final transient Path file;
    private final int line;
    private final String detail;

    public MalformedFileException(Path file, int line, String detail) {
        super(file + (line > 0 ? ": line " + line : "") + ": " + detail);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    /** What was wrong, without the file and the line. */
    public String detail() {
        return detail;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the fault is in the file as a whole (its checksum, say). */
    public int line() {
        return line;
    }
}
