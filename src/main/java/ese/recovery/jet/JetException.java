package ese.recovery.jet;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A documented engine failure: a JET error met while reading or writing a named file.
 * Its message is one line fit for a user: the file, what was wrong, and the JET error.
 */
public final class JetException extends RuntimeException {
    private final JetError error;
    private final transient Path file;
    private final String detail;

    public JetException(JetError error, Path file, String detail) {
        super(message(error, file, detail));
        this.error = Objects.requireNonNull(error);
        this.file = file;
        this.detail = detail;
    }

    public JetException(JetError error, Path file, String detail, Throwable cause) {
        this(error, file, detail);
        initCause(cause);
    }

    public JetError error() {
        return error;
    }

    /** The file the error concerns, or null when it concerns no single file. */
    public Path file() {
        return file;
    }

    /** What was wrong, without the file name and the error the message adds around it. */
    public String detail() {
        return detail;
    }

    private static String message(JetError error, Path file, String detail) {
        String where = file == null ? "" : file.getFileName() + ": ";
        return where + detail + " (" + error + ")";
    }
}
