package ese.recovery.cli;

import ese.recovery.jet.JetError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's exit codes: 0 for success, a few for what is not a JET error, and one code per JET
 * error by a fixed table, grouped by what the error concerns (logs 10-29, checkpoint 30-39, database
 * 40-59, restore 60-69, backup 70-79). A JET error the table does not list exits with {@link #OTHER_JET_ERROR}.
 * The table is printed by {@code eserecover --help} and documented in docs/cli.md; codes never change
 * meaning once published.
 */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** The command line is wrong: an unknown option, a missing or extra argument, a bad value. */
    public static final int USAGE = 1;
    /** A file or folder is missing or cannot be read or written. */
    public static final int IO = 2;
    /** A file is not the kind the command expects (JET_errFileInvalidType, -1812). */
    public static final int WRONG_FILE_TYPE = 3;
    /** A fault in the tool itself, not in the files: please report it. */
    public static final int INTERNAL = 4;
    /** A JET error that the table below does not list; the message names it. */
    public static final int OTHER_JET_ERROR = 5;
    /** No server answers for the folder: its services are not running (RPC_S_SERVER_UNAVAILABLE, 1722). */
    public static final int SERVER_UNAVAILABLE = 6;
    /** A service did not start, or is in the wrong state for the command; the Windows error is named (no JET error). */
    public static final int SERVICE_FAILED = 7;

    /** One row of the table. */
    public record Row(int code, List<JetError> errors, String meaning) {
    }

    private static final Map<JetError, Integer> BY_ERROR = new EnumMap<>(JetError.class);
    private static final List<Row> ROWS = new ArrayList<>();

    static {
        row(SUCCESS, "success: the files are sound, or recovery completed");
        row(USAGE, "usage error: unknown option, missing or extra argument, bad value");
        row(IO, "a file or folder is missing or cannot be read or written",
                JetError.JET_errFileNotFound, JetError.JET_errInvalidPath, JetError.JET_errDiskIO, JetError.JET_errFileAccessDenied);
        row(WRONG_FILE_TYPE, "not the kind of file the command expects", JetError.JET_errFileInvalidType);
        row(INTERNAL, "internal error in eserecover (not a JET error)");
        row(OTHER_JET_ERROR, "a JET error not listed here (the message names it)");
        row(SERVER_UNAVAILABLE, "the server does not answer: its services are not running (RPC_S_SERVER_UNAVAILABLE, 1722)");
        row(SERVICE_FAILED, "a service did not start or is in the wrong state, with no JET error (the message names the Windows error)");

        row(10, "log damaged", JetError.JET_errLogFileCorrupt);
        row(11, "log generation does not match its name or place", JetError.JET_errLogGenerationMismatch);
        row(12, "log format version not supported", JetError.JET_errBadLogVersion);
        row(13, "log sequence broken (previous generation time)", JetError.JET_errInvalidLogSequence);
        row(14, "log from another log stream", JetError.JET_errBadLogSignature);
        row(15, "log file size unlike its header", JetError.JET_errLogFileSizeMismatch);
        row(16, "log file missing", JetError.JET_errMissingLogFile);
        row(17, "log file for the checkpoint missing", JetError.JET_errMissingPreviousLogFile);
        row(18, "logs the database requires are missing", JetError.JET_errRequiredLogFilesMissing);
        row(19, "log generations exhausted", JetError.JET_errLogSequenceEnd);
        row(20, "log record too big for a log", JetError.JET_errLogBufferTooSmall);
        row(21, "log disk full", JetError.JET_errLogDiskFull);

        row(30, "checkpoint from another log stream", JetError.JET_errBadCheckpointSignature);
        row(31, "checkpoint damaged", JetError.JET_errCheckpointCorrupt);
        row(32, "checkpoint file not found", JetError.JET_errCheckpointFileNotFound);

        row(40, "database signature mismatch", JetError.JET_errBadDbSignature);
        row(41, "database does not belong to these logs", JetError.JET_errDatabaseLogSetMismatch);
        row(42, "database restored from an online backup: needs hard recovery", JetError.JET_errSoftRecoveryOnBackupDatabase);
        row(43, "database not shut down cleanly", JetError.JET_errDatabaseDirtyShutdown);
        row(44, "database last consistent time unmatched", JetError.JET_errConsistentTimeMismatch);
        row(45, "attached database missing or not matching", JetError.JET_errAttachedDatabaseMismatch);
        row(46, "no such database", JetError.JET_errDatabaseNotFound);
        row(47, "database header damaged or not a database", JetError.JET_errDatabaseCorrupted);
        row(48, "database page checksum error", JetError.JET_errReadVerifyFailure);
        row(49, "page dbtime older than the log record expects", JetError.JET_errDbTimeTooOld);
        row(50, "page dbtime newer than the log record expects", JetError.JET_errDbTimeTooNew);

        row(60, "patch file missing from the backup set", JetError.JET_errPatchFileMissing);
        row(61, "patch file not from this backup", JetError.JET_errDatabasePatchFileMismatch);
        row(62, "restored logs not contiguous", JetError.JET_errGivenLogFileIsNotContiguous);
        row(63, "restored logs missing", JetError.JET_errMissingRestoreLogFiles);
        row(64, "backup-set log damaged during hard restore", JetError.JET_errLogCorruptDuringHardRestore);
        row(65, "log damaged during hard recovery", JetError.JET_errLogCorruptDuringHardRecovery);
        row(66, "existing log has a bad signature", JetError.JET_errExistingLogFileHasBadSignature);
        row(67, "existing log not contiguous", JetError.JET_errExistingLogFileIsNotContiguous);
        row(68, "restored log has a bad signature", JetError.JET_errGivenLogFileHasBadSignature);
        row(69, "current logs missing after the restored ones", JetError.JET_errMissingCurrentLogFiles);

        row(70, "backup directory not empty", JetError.JET_errBackupDirectoryNotEmpty);
        row(71, "log or patch files missing during backup", JetError.JET_errMissingFileToBackup);
    }

    private ExitCodes() {
    }

    private static void row(int code, String meaning, JetError... errors) {
        for (JetError e : errors) {
            if (BY_ERROR.putIfAbsent(e, code) != null) {
                throw new IllegalStateException(e + " has two exit codes");
            }
        }
        if (ROWS.stream().anyMatch(r -> r.code() == code)) {
            throw new IllegalStateException("exit code " + code + " used twice");
        }
        ROWS.add(new Row(code, List.of(errors), meaning));
    }

    /** The exit code for a JET error. */
    public static int of(JetError error) {
        return BY_ERROR.getOrDefault(error, OTHER_JET_ERROR);
    }

    /** Every row, in code order. */
    public static List<Row> rows() {
        return Collections.unmodifiableList(ROWS);
    }

    /** The table as {@code --help} shows it: a code and its JET error on a line; the meaning where no JET error says it. */
    public static String table() {
        StringBuilder out = new StringBuilder();
        for (Row r : ROWS) {
            if (r.errors().isEmpty()) {
                out.append(String.format("  %3d  %s%n", r.code(), r.meaning()));
            } else if (r.errors().size() == 1) {
                out.append(String.format("  %3d  %s%n", r.code(), r.errors().get(0)));
            } else {
                out.append(String.format("  %3d  %s:%n", r.code(), r.meaning()));
                r.errors().forEach(e -> out.append(String.format("         %s%n", e)));
            }
        }
        return out.toString();
    }
}
